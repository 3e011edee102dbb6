import Foundation
import ManbaCore

/// Charts drawn on the server as SVG, so they show without JavaScript and print as they look.
/// Each has a title and description for screen readers; pages put the same figures in a table beside it.
enum SVGChart {
    /// A line of percentages (0-100) over labelled points, oldest first.
    static func percentLine(id: String, title: String, description: String, points: [(label: String, value: Double?)]) -> HTML {
        let width = 640.0, height = 240.0, left = 40.0, right = 40.0, top = 16.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ i: Int) -> Double { points.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(points.count - 1) }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - min(max(v, 0), 100) / 100) }
        let grid: [HTML] = stride(from: 0, through: 100, by: 25).map { v in
            let gy = format(y(Double(v)))
            return "<line x1=\"\(format(left))\" y1=\"\(gy)\" x2=\"\(format(width - right))\" y2=\"\(gy)\" class=\"grid\"/><text x=\"\(format(left - 6))\" y=\"\(gy)\" class=\"axis\" text-anchor=\"end\" dominant-baseline=\"middle\">\(v)</text>"
        }
        let known = points.enumerated().compactMap { i, p in p.value.map { (x(i), y($0)) } }
        let path = known.map { "\(format($0.0)),\(format($0.1))" }.joined(separator: " ")
        let dots: [HTML] = points.enumerated().compactMap { i, p in
            p.value.map { "<circle cx=\"\(format(x(i)))\" cy=\"\(format(y($0)))\" r=\"3.5\" class=\"point\"><title>\(p.label): \(format($0))%</title></circle>" }
        }
        // Label at most eight points along the axis, so dates do not overlap.
        let step = max(1, (points.count + 7) / 8)
        let labels: [HTML] = points.enumerated().filter { $0.offset % step == 0 || $0.offset == points.count - 1 }.map { i, p in
            "<text x=\"\(format(x(i)))\" y=\"\(format(height - bottom + 18))\" class=\"axis\" text-anchor=\"middle\">\(p.label)</text>"
        }
        return """
        <svg id="\(id)" class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-title">\(title)</title><desc id="\(id)-desc">\(description)</desc>
        \(grid)
        <polyline points="\(path)" class="series" fill="none"/>
        \(dots)\(labels)
        </svg>
        """
    }

    /// Horizontal bars of percentages, one per labelled row, in the order given.
    static func percentBars(id: String, title: String, description: String, rows: [(label: String, value: Double?)]) -> HTML {
        let rowHeight = 20.0, labelWidth = 300.0, barWidth = 300.0, width = labelWidth + barWidth + 50
        let height = rowHeight * Double(rows.count) + 8
        let bars: [HTML] = rows.enumerated().map { i, row in
            let y = 4 + rowHeight * Double(i)
            let value = row.value ?? 0
            let label = row.label.count > 46 ? String(row.label.prefix(45)) + "…" : row.label
            return """
            <text x="\(format(labelWidth - 8))" y="\(format(y + rowHeight / 2))" class="axis" text-anchor="end" dominant-baseline="middle">\(label)</text>
            <rect x="\(format(labelWidth))" y="\(format(y + 3))" width="\(format(barWidth * value / 100))" height="\(format(rowHeight - 6))" class="bar"><title>\(row.label): \(row.value.map(format) ?? "—")%</title></rect>
            <text x="\(format(labelWidth + barWidth * value / 100 + 6))" y="\(format(y + rowHeight / 2))" class="axis" dominant-baseline="middle">\(row.value.map(format) ?? "—")</text>
            """
        }
        return """
        <svg id="\(id)" class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-title">\(title)</title><desc id="\(id)-desc">\(description)</desc>
        \(bars)
        </svg>
        """
    }

    static func format(_ value: Double) -> String {
        NumberText.compact(value)
    }
}
