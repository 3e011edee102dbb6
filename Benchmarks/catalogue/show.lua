-- wrk script: package_show over a list of dataset names, so the benchmark does not read one row only.
local names = {}
for line in io.lines(os.getenv("MANBA_BENCH_NAMES")) do names[#names + 1] = line end
local i = 0
request = function()
    i = i % #names + 1
    return wrk.format("GET", "/api/3/action/package_show?id=" .. names[i])
end
