const mysql = require("mysql2/promise");
const { Pool } = require("pg");
const { PrismaClient, Prisma } = require("@prisma/client");
const knex = require("knex")({ client: "pg" });
const sql = require("sql-template-strings");

const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });
const pg = new Pool();
const prisma = new PrismaClient();

async function getUser(req, res) {
  // ruleid: js/sql-injection
  const [rows] = await pool.query("SELECT * FROM users WHERE id = " + req.params.id);
  res.json(rows);
}

async function searchProducts(term) {
  const sql = `SELECT * FROM products WHERE name LIKE '%${term}%'`;
  // ruleid: js/sql-injection
  return pg.query(sql);
}

async function deleteOrder(orderId) {
  // ruleid: js/sql-injection
  return prisma.$executeRawUnsafe(`DELETE FROM orders WHERE id = ${orderId}`);
}

async function sortedUsers(column) {
  // ruleid: js/sql-injection
  return knex("users").orderByRaw(column + " DESC");
}

async function ordersOf(customerId, status) {
  // ruleid: js/sql-injection
  return pg.query(`SELECT * FROM orders WHERE customer_id = ${customerId} AND status = '${status}'`);
}

async function usersNamed(name) {
  // ruleid: js/sql-injection
  return knex("users").whereRaw("name = '" + name + "'");
}

async function getUserSafely(req, res) {
  // ok: js/sql-injection
  const [rows] = await pool.query("SELECT * FROM users WHERE id = ?", [req.params.id]);
  res.json(rows);
}

async function searchProductsSafely(term) {
  // ok: js/sql-injection
  return pg.query("SELECT * FROM products WHERE name LIKE $1", [`%${term}%`]);
}

async function deleteOrderSafely(orderId) {
  // ok: js/sql-injection
  return prisma.$executeRaw`DELETE FROM orders WHERE id = ${orderId}`;
}

async function countUsers() {
  const table = "users";
  // ok: js/sql-injection
  return pg.query(`SELECT count(*) FROM ${table}`);
}

async function findOrders(customerId) {
  // ok: js/sql-injection
  return pg.query(sql`SELECT * FROM orders WHERE customer_id = ${customerId}`);
}

async function findByEmail(email) {
  // ok: js/sql-injection
  return prisma.$queryRaw(Prisma.sql`SELECT * FROM users WHERE email = ${email}`);
}

async function answerWithSql(openai, question) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: "Write one SQL query for: " }, { role: "user", content: question }],
  });
  const generated = completion.choices[0].message.content;
  // ruleid: js/sql-injection
  return pg.query(`${generated} LIMIT 100`);
}
