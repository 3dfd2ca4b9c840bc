-- rlm for Neovim 0.10+: starts `rlm serve` for the project (LSP framing, via vim.lsp),
-- answers permission requests with a prompt, and shows each run's trace in a scratch buffer.
--   require("rlm").setup({ init_options = { models = { model = "gpt-4.1", subModel = "gpt-4.1-mini" } } })
--   :Rlm How many TODOs are left in src/?     :RlmCancel     :RlmTrace
local M = {}
local trace_buf = nil
local current_run = nil

local function client()
  return vim.lsp.get_clients({ name = "rlm" })[1]
end

-- Neovim 0.11 made client methods take self (client:request); 0.10 has client.request.
local function request(c, method, params, handler)
  if vim.fn.has("nvim-0.11") == 1 then return c:request(method, params, handler) end
  return c.request(method, params, handler)
end

local function trace_line(text)
  if not (trace_buf and vim.api.nvim_buf_is_valid(trace_buf)) then
    trace_buf = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(trace_buf, "rlm://trace")
  end
  vim.api.nvim_buf_set_lines(trace_buf, -1, -1, false, { text })
end

local handlers = {
  -- One engine event per notification; the first one of a run announces its id.
  ["rlm/trace"] = function(_, params)
    local event = params.event
    if event.type == "run_started" then current_run = params.runId end
    if event.type ~= "text_delta" and event.type ~= "code_output" then
      trace_line(string.format("%s %s %s", event.node_id, event.type, vim.json.encode(event.data):sub(1, 160)))
    end
  end,
  -- The server asks before write_file, edit_file and bash (the "ask" policy).
  ["rlm/requestPermission"] = function(_, params)
    local answer = vim.fn.confirm(
      string.format("rlm: %s wants to %s\n%s", params.tool, params.description, params.arguments.diff or params.arguments.command or ""),
      "&Allow\n&Always\n&Deny", 3)
    local decisions = { "allow", "allowAlways", "deny" }
    return { decision = decisions[answer] or "deny" }
  end,
}

function M.setup(opts)
  opts = opts or {}
  vim.api.nvim_create_autocmd("BufEnter", {
    callback = function(args)
      if vim.bo[args.buf].buftype ~= "" then return end
      local capabilities = vim.lsp.protocol.make_client_capabilities()
      capabilities.experimental = { rlm = { requestPermission = true } }
      vim.lsp.start({
        name = "rlm",
        cmd = opts.cmd or { "rlm", "serve" },
        root_dir = vim.fs.root(args.buf, { ".git" }) or vim.fn.getcwd(),
        capabilities = capabilities,
        init_options = opts.init_options or {},
        handlers = handlers,
      }, { bufnr = args.buf })
    end,
  })

  vim.api.nvim_create_user_command("Rlm", function(command)
    local rlm = client()
    if not rlm then return vim.notify("rlm is not running", vim.log.levels.ERROR) end
    local token = "rlm-" .. (vim.uv or vim.loop).hrtime()
    request(rlm, "rlm/run", { query = command.args, workDoneToken = token }, function(err, result)
      current_run = nil
      if err then
        local partial = err.data and err.data.answer and ("\npartial answer: " .. err.data.answer) or ""
        return vim.notify("rlm: " .. err.message .. partial, vim.log.levels.WARN)
      end
      vim.notify(string.format("%s\n(%s, %d calls, $%.4f)", result.answer or "(no answer)", result.status,
        result.usage.llmCalls, result.usage.costUsd))
    end)
  end, { nargs = "+" })

  vim.api.nvim_create_user_command("RlmCancel", function()
    local rlm = client()
    if rlm and current_run then request(rlm, "rlm/cancel", { runId = current_run }, function() end) end
  end, {})

  vim.api.nvim_create_user_command("RlmTrace", function()
    if trace_buf then vim.cmd("sbuffer " .. trace_buf) end
  end, {})
end

return M
