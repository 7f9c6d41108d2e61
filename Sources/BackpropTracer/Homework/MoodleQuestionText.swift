/// The part of a Moodle question that gives the network: its title, layers, error and learning
/// rate, a table of the parameters and the example's values, as HTML with names (no math), so it
/// reads the same under every Moodle filter.
enum MoodleQuestionText {
  /// The network of `walkthrough`'s trace with its given values and `fixture`'s examples.
  static func network(_ walkthrough: Walkthrough, fixture: Fixture) -> String {
    let trace = walkthrough.trace
    let network = trace.network
    let format = NumberFormat.standard
    var html = "<p>" + MoodleQuiz.htmlText(trace.title) + "</p>\n<ul>\n"
    html += "<li>Inputs: " + MoodleQuiz.htmlText(network.inputNames.joined(separator: ", ")) + "</li>\n"
    for index in network.layers.indices { html += "<li>" + MoodleQuiz.htmlText(walkthrough.layerTitle(index)) + "</li>\n" }
    html += "<li>Error: " + MoodleQuiz.htmlText(network.loss.displayName) + "; learning rate " + format.plain(network.learningRate) + "</li>\n</ul>\n"
    let uses = ParameterUses(network)
    html += "<table border=\"1\">\n<tr><th>Parameter</th><th>Connects</th><th>Value</th><th>Trained</th></tr>\n"
    for (p, parameter) in network.parameters.enumerated() {
      let cells = [parameter.name, uses.describe(p), format.plain(parameter.value), parameter.isTrainable ? "yes" : "no (frozen)"]
      html += "<tr>" + cells.map { "<td>" + MoodleQuiz.htmlText($0) + "</td>" }.joined() + "</tr>\n"
    }
    html += "</table>\n"
    let showsTargets = fixture.mode != .evaluate(showsTargets: false)
    let outputs = showsTargets ? network.outputLayer.neurons.map { "target " + network.neurons[$0].name } : []
    let header = ["Example"] + network.inputNames + outputs
    html += "<table border=\"1\">\n<tr>" + header.map { "<th>" + MoodleQuiz.htmlText($0) + "</th>" }.joined() + "</tr>\n"
    for (number, example) in fixture.examples.enumerated() {
      let cells = ["\(number + 1)"] + (example.inputs + (showsTargets ? example.targets : [])).map(format.plain)
      html += "<tr>" + cells.map { "<td>" + MoodleQuiz.htmlText($0) + "</td>" }.joined() + "</tr>\n"
    }
    return html + "</table>\n"
  }
}
