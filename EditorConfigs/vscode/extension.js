// A minimal VS Code client for `rlm serve`: starts it with vscode-languageclient, declares
// that it answers rlm/requestPermission, and offers "rlm: Ask", which runs a query with
// progress in the notification area (cancellable) and shows the answer.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

/** Declares capabilities.experimental.rlm.requestPermission. */
class PermissionFeature {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental || {}), rlm: { requestPermission: true } };
  }
  initialize() {}
  getState() { return { kind: "static" }; }
  clear() {}
  dispose() {}
}

async function activate(context) {
  const config = vscode.workspace.getConfiguration("rlm");
  client = new LanguageClient("rlm", "rlm",
    { command: config.get("command"), args: ["serve"] },
    { documentSelector: [{ scheme: "file" }], initializationOptions: config.get("initializationOptions") });
  client.registerFeature(new PermissionFeature());
  const trace = vscode.window.createOutputChannel("rlm trace");
  client.onNotification("rlm/trace", ({ event }) => {
    if (event.type !== "text_delta" && event.type !== "code_output") trace.appendLine(`${event.node_id} ${event.type}`);
  });
  client.onRequest("rlm/requestPermission", async (params) => {
    const choice = await vscode.window.showWarningMessage(
      `rlm: ${params.tool} wants to ${params.description}`, { modal: true, detail: params.arguments.diff || params.arguments.command || "" },
      "Allow", "Always", "Deny");
    return { decision: choice === "Allow" ? "allow" : choice === "Always" ? "allowAlways" : "deny" };
  });
  await client.start();

  context.subscriptions.push(vscode.commands.registerCommand("rlm.ask", async () => {
    const query = await vscode.window.showInputBox({ prompt: "Ask rlm about the workspace" });
    if (!query) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "rlm", cancellable: true },
      async (_progress, token) => {
        try {
          const result = await client.sendRequest("rlm/run", { query }, token);
          vscode.window.showInformationMessage(`${result.answer ?? "(no answer)"} (${result.status}, ${result.usage.llmCalls} calls)`);
        } catch (error) {
          const partial = error.data && error.data.answer ? ` Partial answer: ${error.data.answer}` : "";
          vscode.window.showWarningMessage(`rlm: ${error.message}.${partial}`);
        }
      });
  }));
}

function deactivate() { return client ? client.stop() : undefined; }

module.exports = { activate, deactivate };
