// swift-tools-version:6.0
import PackageDescription

// Layers (see Docs/architecture.md): each target depends only on the ones below it.
//   rlm (executable)  ->  RLMEngine, RLMProviders, RLMTools, RLMInterpreter
//   RLMEngine         ->  RLMProviders, RLMTools, RLMInterpreter
//   RLMProviders      ->  (async-http-client only; nothing of ours)
//   RLMTools          ->  RLMInterpreter (and swift-subprocess for bash)
let package = Package(
    name: "rlm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rlm", targets: ["rlm"]),
        .library(name: "RLMInterpreter", targets: ["RLMInterpreter"]),
        .library(name: "RLMProviders", targets: ["RLMProviders"]),
        .library(name: "RLMTools", targets: ["RLMTools"]),
        .library(name: "RLMEngine", targets: ["RLMEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in the graph through async-http-client; named for its ByteBuffer and HTTP types
        // and for the tests' HTTP server.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
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
        .executableTarget(
            name: "rlm",
            dependencies: [
                "RLMInterpreter",
                "RLMProviders",
                "RLMTools",
                "RLMEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RLMInterpreterTests", dependencies: ["RLMInterpreter"]),
        .testTarget(name: "RLMToolsTests", dependencies: ["RLMTools", "RLMInterpreter"]),
        .testTarget(
            name: "RLMProvidersTests",
            dependencies: [
                "RLMProviders",
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
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
