import XCTest
import NIOHTTP1
import NIOPosix
@testable import RLMProviders
