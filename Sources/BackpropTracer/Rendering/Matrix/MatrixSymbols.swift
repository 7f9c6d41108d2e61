/// The symbols and the orientation of the matrix view in one notation: A. Ng's `W^{[l]}`, whose
/// rows are the layer's neurons (`z = Wx + b`, one example a column); Goodfellow, Bengio and
/// Courville's `h = g(W^{\top} x + c)`, whose rows are the layer's inputs; and `W^{(l)}` with
/// δ for the others.
struct MatrixSymbols {
  /// True when a weight matrix has a row per input of the layer (used as Wᵀ).
  private(set) var transposed: Bool
  private let open: String, close: String
  private let net, out, bias, delta, input: String

  init(_ preset: NotationPreset) {
    (open, close) = preset.layerBrackets == .square ? ("[", "]") : ("(", ")")
    transposed = preset.name == NotationPreset.goodfellow.name
    switch preset.name {
    case NotationPreset.ng.name: (net, out, bias, delta) = ("z", "a", "b", "dz")
    case NotationPreset.goodfellow.name: (net, out, bias, delta) = ("a", "h", "c", "g")
    default: (net, out, bias, delta) = ("z", "a", "b", "\\delta")
    }
    input = "x"
  }

  /// `^{[l]}` or `^{(l)}` for layer l (numbered from 1); `^{(l)\top}` transposed, one
  /// superscript for both marks.
  private func layer(_ l: Int, transposed: Bool = false) -> String { "^{\(open)\(l)\(close)\(transposed ? "\\top" : "")}" }

  func weights(_ l: Int) -> String { "W" + layer(l) }
  func biases(_ l: Int) -> String { bias + layer(l) }
  func nets(_ l: Int) -> String { net + layer(l) }
  func delta(_ l: Int) -> String { delta + layer(l) }
  /// The outputs of layer l; layer 0 is the input vector x.
  func outs(_ l: Int) -> String { l == 0 ? input : out + layer(l) }
  /// The product of layer l's weights with the outputs below: `W^{[l]} a^{[l-1]}` or `W^{(l)\top} h^{(l-1)}`.
  func product(_ l: Int) -> String {
    transposed ? "W\(layer(l, transposed: true)) \(outs(l - 1))" : "\(weights(l)) \(outs(l - 1))"
  }
  /// The δ that flows back into layer l from layer l + 1: `(W^{[l+1]})^{\top} dz^{[l+1]}` or `W^{(l+1)} g^{(l+1)}`.
  func backProduct(_ l: Int) -> String {
    transposed ? "\(weights(l + 1)) \(delta(l + 1))" : "(\(weights(l + 1)))^{\\top} \(delta(l + 1))"
  }
  /// The gradient of layer l's weights: `\frac{\partial E}{\partial W^{[l]}}` = δ aᵀ (or h gᵀ).
  func gradient(_ l: Int) -> String { "\\frac{\\partial E}{\\partial \(weights(l))}" }
  func gradientProduct(_ l: Int) -> String {
    let below = l == 1 ? "\(outs(0))^{\\top}" : "(\(outs(l - 1)))^{\\top}"
    return transposed ? "\(outs(l - 1)) \(delta)\(layer(l, transposed: true))" : "\(delta(l)) \(below)"
  }
  /// The same symbols with a row per input of the layer: how the matrix that carries δ back is
  /// laid out, (W^{[l+1]})ᵀ in Ng's notation, W^{(l+1)} itself in Goodfellow's.
  var rowPerInput: MatrixSymbols {
    var other = self
    other.transposed = true
    return other
  }

  func updated(_ l: Int) -> String { "W" + "^{\(open)\(l)\(close)+}" }
}
