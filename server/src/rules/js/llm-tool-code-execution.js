import { tool } from "ai";
import { z } from "zod";
import { execSync, execFileSync } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import pg from "pg";

const db = new pg.Pool();

export const tools = {
  runCommand: tool({
    description: "Run a shell command on the build server",
    parameters: z.object({ command: z.string() }),
    // ruleid: js/llm-tool-code-execution
    execute: async ({ command }) => execSync(command, { encoding: "utf8" }),
  }),
  gitLog: tool({
    description: "Show the last commits of a branch",
    parameters: z.object({ branch: z.string().regex(/^[\w./-]+$/) }),
    // ok: js/llm-tool-code-execution
    execute: async ({ branch }) => execFileSync("git", ["log", "-n", "20", "--end-of-options", branch], { encoding: "utf8" }),
  }),
};

const server = new McpServer({ name: "analytics", version: "1.0.0" });

server.tool("run_sql", { sql: z.string() }, async ({ sql }) => {
  const statement = sql.trim();
  // ruleid: js/llm-tool-code-execution
  const result = await db.query(statement);
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

server.tool("orders_for_customer", { customerId: z.number().int() }, async ({ customerId }) => {
  // ok: js/llm-tool-code-execution
  const result = await db.query("SELECT id, total FROM orders WHERE customer_id = $1", [customerId]);
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

export const calculator = {
  name: "calculate",
  description: "Evaluate an arithmetic expression",
  // ruleid: js/llm-tool-code-execution
  execute: async ({ expression }) => String(eval(expression)),
};
