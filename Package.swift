// swift-tools-version:6.0
import PackageDescription

// Layers (see Docs/architecture.md): each target depends only on the ones below it.
//   rlm (executable)  ->  RLMTools  ->  RLMInterpreter
let package = Package(
    name: "rlm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rlm", targets: ["rlm"]),
        .library(name: "RLMInterpreter", targets: ["RLMInterpreter"]),
        .library(name: "RLMTools", targets: ["RLMTools"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
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
        // Workspace tools (read, write, edit, grep, find, ls, bash) confined to a root folder,
        // with a permission policy; bash runs through swift-subprocess.
        .target(
            name: "RLMTools",
            dependencies: [
                "RLMInterpreter",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .executableTarget(
            name: "rlm",
            dependencies: [
                "RLMInterpreter",
                "RLMTools",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RLMInterpreterTests", dependencies: ["RLMInterpreter"]),
        .testTarget(name: "RLMToolsTests", dependencies: ["RLMTools", "RLMInterpreter"]),
    ],
    swiftLanguageModes: [.v5]
)
