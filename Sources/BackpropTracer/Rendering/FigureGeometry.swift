/// A point of a figure, in pixels, y downward (SVG's convention).
package struct FigurePoint: Equatable, Sendable {
  package var x: Double, y: Double

  package init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// The point a fraction `t` of the way from this point to `other`.
  func towards(_ other: FigurePoint, by t: Double) -> FigurePoint {
    FigurePoint(x: x + t * (other.x - x), y: y + t * (other.y - y))
  }
}

/// An axis-aligned rectangle of a figure, in pixels: a node's extent or a label's.
package struct FigureBox: Equatable, Sendable {
  package var x: Double, y: Double, width: Double, height: Double

  package init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// The box of `width` × `height` centred on `centre`.
  init(centre: FigurePoint, width: Double, height: Double) {
    self.init(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
  }

  package var maxX: Double { x + width }
  package var maxY: Double { y + height }
  package var centre: FigurePoint { FigurePoint(x: x + width / 2, y: y + height / 2) }

  /// True when the two boxes share more than a boundary.
  package func overlaps(_ other: FigureBox) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// True when `other` lies wholly inside this box.
  package func contains(_ other: FigureBox) -> Bool {
    other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
  }

  /// This box grown by `margin` on every side (shrunk for a negative margin).
  package func inset(by margin: Double) -> FigureBox {
    FigureBox(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
  }

  /// This box moved by (`dx`, `dy`).
  func offset(dx: Double, dy: Double) -> FigureBox {
    FigureBox(x: x + dx, y: y + dy, width: width, height: height)
  }

  /// The smallest box holding both.
  func union(_ other: FigureBox) -> FigureBox {
    let left = min(x, other.x), top = min(y, other.y)
    return FigureBox(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
  }

  /// True when the segment from `a` to `b` passes through the inside of this box
  /// (Liang–Barsky clipping).
  package func isCrossed(from a: FigurePoint, to b: FigurePoint) -> Bool {
    var low = 0.0, high = 1.0
    let dx = b.x - a.x, dy = b.y - a.y
    for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
      if p == 0 {
        if q <= 0 { return false }
      } else {
        let t = q / p
        if p < 0 { low = max(low, t) } else { high = min(high, t) }
        if low >= high { return false }
      }
    }
    return true
  }
}
