import OpenAI from "openai";
import pg from "pg";
import { PrismaClient } from "@prisma/client";

const openai = new OpenAI();
const pool = new pg.Pool();
const prisma = new PrismaClient();

const REPORTS = {
  revenueByMonth: "SELECT date_trunc('month', created_at) AS month, sum(total) FROM orders GROUP BY 1 ORDER BY 1",
  topCustomers: "SELECT customer_id, sum(total) AS spent FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT $1",
};

export async function askDatabase(question) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Translate the question into one PostgreSQL SELECT statement. Reply with SQL only." },
      { role: "user", content: question },
    ],
  });
  const sql = completion.choices[0].message.content.trim();
  // ruleid: llm/sql-from-model-output
  const { rows } = await pool.query(sql);
  return rows;
}

export async function adminQuery(req, res) {
  // ruleid: llm/sql-from-model-output
  res.json(await prisma.$queryRawUnsafe(req.body.sql));
}

export async function runReport(name, limit) {
  // ok: llm/sql-from-model-output
  const { rows } = await pool.query(REPORTS[name], [limit]);
  return rows;
}

export async function ordersFor(req) {
  // ok: llm/sql-from-model-output
  const { rows } = await pool.query("SELECT id, total FROM orders WHERE customer_id = $1", [req.params.id]);
  return rows;
}

export function firstWord(text) {
  // ok: llm/sql-from-model-output
  return /^\w+/.exec(text);
}
