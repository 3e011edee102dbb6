import Foundation

/// ListIdentifiers and ListRecords: the two verbs that page through a selection with resumption tokens.
extension OAIProvider {
    /// Where a list stands: its selection, the store key to continue after, and what earlier pages said.
    private struct ListPosition {
        var selection: OAISelection
        var after: String?
        var returned: Int
        var completeListSize: Int?
    }

    /// How many empty pages in a row a store may return before the list is taken to be over. Pages are
    /// empty only when a store stops scanning before it has found `limit` matches; this bounds the work
    /// one request can cause if it keeps doing so.
    private static let emptyPagesTolerated = 16

    func list(_ request: OAIRequest, writer: OAIResponseWriter, now: Date) async throws -> OAIAnswer {
        let position: ListPosition
        switch startingPosition(of: request, now: now) {
        case .failure(let error): return .errors([error])
        case .success(let start): position = start
        }
        let selection = position.selection

        var errors: [OAIError] = []
        if !repository.metadataFormats.contains(where: { $0.prefix == selection.metadataPrefix }) {
            errors.append(OAIError(.cannotDisseminateFormat, "This repository does not offer the format '\(selection.metadataPrefix)'."))
        }
        if request.resumptionToken == nil, selection.set != nil, try await repository.sets().isEmpty {
            errors.append(OAIError(.noSetHierarchy, "This repository does not organise its items in sets."))
        }
        guard errors.isEmpty else { return .errors(errors) }

        let withMetadata = request.verb == .listRecords
        var after = position.after
        var page = try await readPage(selection, after: after, withMetadata: withMetadata)
        var emptyPages = 0
        while page.records.isEmpty, let next = page.nextCursor, next != after, emptyPages < Self.emptyPagesTolerated {
            emptyPages += 1
            after = next
            page = try await repository.page(selection, after: after, limit: pageSize, withMetadata: withMetadata)
        }
        guard !page.records.isEmpty else {
            // Also the answer to a token whose remaining items have since left the selection: the
            // schema allows no empty list, and harvesters take noRecordsMatch as the end of it.
            return .errors([OAIError(.noRecordsMatch, position.returned == 0
                ? "No records match the request."
                : "No further records match the request.")])
        }

        if let next = page.nextCursor {
            let repository = self.repository, limit = pageSize
            pagesAhead.readAhead(OAIPageAhead.Key(selection: selection, cursor: next, withMetadata: withMetadata)) {
                try await repository.page(selection, after: next, limit: limit, withMetadata: withMetadata)
            }
        }
        let completeListSize = page.completeListSize ?? position.completeListSize
        let tokenElement = resumptionTokenElement(after: page, position: position, verb: request.verb,
                                                  completeListSize: completeListSize, now: now)
        if withMetadata {
            return .document(writer.listRecords(page.records, resumptionToken: tokenElement))
        }
        return .document(writer.listIdentifiers(page.records.map(\.header), resumptionToken: tokenElement))
    }

    /// The page after `cursor`: the one read ahead when the previous page went out, or read now.
    private func readPage(_ selection: OAISelection, after cursor: String?, withMetadata: Bool) async throws -> OAIPage {
        if let cursor, let ready = await pagesAhead.take(OAIPageAhead.Key(selection: selection, cursor: cursor, withMetadata: withMetadata)) {
            return ready
        }
        return try await repository.page(selection, after: cursor, limit: pageSize, withMetadata: withMetadata)
    }

    private func startingPosition(of request: OAIRequest, now: Date) -> Result<ListPosition, OAIError> {
        guard let tokenText = request.resumptionToken else {
            // The parser guarantees the prefix when there is no token.
            let selection = OAISelection(metadataPrefix: request.metadataPrefix ?? "", set: request.set,
                                         from: request.from?.date, until: request.until?.end)
            return .success(ListPosition(selection: selection, after: nil, returned: 0, completeListSize: nil))
        }
        return tokens.decode(tokenText, now: now).flatMap { token in
            guard token.verb == request.verb else {
                return .failure(OAIError(.badResumptionToken, "The resumption token continues a \(token.verb.rawValue) list, not \(request.verb.rawValue)."))
            }
            return .success(ListPosition(selection: token.selection, after: token.cursor, returned: token.returned,
                                         completeListSize: token.completeListSize))
        }
    }

    /// A token when more follows; an empty token on the last page of a list that was split; nothing
    /// when the whole list fits in one answer.
    private func resumptionTokenElement(after page: OAIPage, position: ListPosition, verb: OAIVerb,
                                        completeListSize: Int?, now: Date) -> OAIResumptionTokenElement? {
        if let next = page.nextCursor {
            let expirationDate = now.addingTimeInterval(tokenLifetime)
            let token = OAIResumptionToken(verb: verb, selection: position.selection, cursor: next,
                                           returned: position.returned + page.records.count,
                                           completeListSize: completeListSize, expirationDate: expirationDate)
            return OAIResumptionTokenElement(value: tokens.encode(token), expirationDate: expirationDate,
                                             completeListSize: completeListSize, cursor: position.returned)
        }
        guard position.returned > 0 else { return nil }
        return OAIResumptionTokenElement(value: "", expirationDate: nil, completeListSize: completeListSize,
                                         cursor: position.returned)
    }
}
