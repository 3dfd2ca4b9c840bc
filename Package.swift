// swift-tools-version:6.0
import PackageDescription

// Layers (see Docs/architecture.md): each target depends only on the ones below it.
//   rlm (executable)  ->  RLMServer, RLMEngine, RLMProviders, RLMTools, RLMInterpreter
//   RLMServer         ->  RLMEngine, RLMProviders, RLMTools (and swift-log, to stderr)
//   RLMEngine         ->  RLMProviders, RLMTools, RLMInterpreter
//   RLMProviders      ->  (async-http-client only; nothing of ours)
//   RLMTools          ->  RLMInterpreter (and swift-subprocess for bash)
// Tests/RLMTestSupport is a library for the test targets only (a scripted HTTP server, OpenAI
// wire fixtures, a seeded random generator).
let package = Package(
    name: "rlm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rlm", targets: ["rlm"]),
        .library(name: "RLMInterpreter", targets: ["RLMInterpreter"]),
        .library(name: "RLMProviders", targets: ["RLMProviders"]),
        .library(name: "RLMTools", targets: ["RLMTools"]),
        .library(name: "RLMEngine", targets: ["RLMEngine"]),
        .library(name: "RLMServer", targets: ["RLMServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in the graph through async-http-client; named for its ByteBuffer and HTTP types
        // and for the tests' HTTP server.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // PCRE2 (8-bit code units) for the `re` module: Debian/Ubuntu `libpcre2-dev`.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(
            name: "RLMInterpreter",
            dependencies: ["CPCRE2", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [
                // Dynamic exclusivity checks cost ~10% of interpreter time (every frame slot
                // access); the interpreter's own discipline (one thread per session) is what
                // guarantees exclusive access.
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
            ]
        ),
        // LLM clients (OpenAI-compatible, Anthropic): streaming, retries, configuration, model table.
        .target(
            name: "RLMProviders",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // Workspace tools (read, write, edit, grep, find, ls, bash) confined to a root folder,
        // with a permission policy; bash runs through swift-subprocess.
        .target(
            name: "RLMTools",
            dependencies: [
                "RLMInterpreter",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // The recursive loop: prompts, code blocks, sub-calls, limits, sessions, trace events.
        .target(name: "RLMEngine", dependencies: ["RLMInterpreter", "RLMProviders", "RLMTools"]),
        // `rlm serve`: JSON-RPC over stdio (LSP or newline-delimited framing), the native rlm/*
        // methods and the LSP lifecycle, for editors.
        .target(
            name: "RLMServer",
            dependencies: [
                "RLMEngine",
                "RLMProviders",
                "RLMTools",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "rlm",
            dependencies: [
                "RLMInterpreter",
                "RLMProviders",
                "RLMTools",
                "RLMEngine",
                "RLMServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A real HTTP server on 127.0.0.1 whose answers a test scripts, and OpenAI wire fixtures,
        // shared by the test targets that talk to a model over HTTP.
        .target(
            name: "RLMTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/RLMTestSupport"
        ),
        .testTarget(name: "RLMInterpreterTests", dependencies: ["RLMInterpreter", "RLMTestSupport"]),
        .testTarget(name: "RLMToolsTests", dependencies: ["RLMTools", "RLMInterpreter"]),
        .testTarget(
            name: "RLMProvidersTests",
            dependencies: [
                "RLMProviders",
                "RLMTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "RLMEngineTests",
            dependencies: [
                "RLMEngine",
                "RLMProviders",
                "RLMInterpreter",
                "RLMTools",
                "RLMTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // Speaks to the built `rlm serve` over pipes; needs the executable built first.
        .testTarget(
            name: "RLMServerTests",
            dependencies: [
                "RLMServer", "RLMEngine", "RLMProviders", "RLMTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
