// The `manba` executable: every subcommand lives in Commands/.
await ManbaCommand.main()
