import ArgumentParser

@main
struct RLM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rlm",
        abstract: "A Recursive Language Model engine: a sandboxed Python interpreter that models drive.",
        subcommands: [Run.self, Serve.self, Exec.self, Doctor.self, ToolCommand.self]
    )
}
