const mysql = require("mysql2");
const { Pool } = require("pg");
const { Sequelize } = require("sequelize");

const connection = mysql.createConnection({
  host: "db.internal",
  user: "app",
  // ruleid: js/hardcoded-db-password
  password: process.env.DB_PASSWORD,
  database: "shop",
});

// ruleid: js/hardcoded-db-password
const sequelize = new Sequelize("shop", "app", process.env.DB_PASSWORD, { host: "db.internal", dialect: "postgres" });

const pool = new Pool({
  host: process.env.PGHOST,
  user: process.env.PGUSER,
  // ok: js/hardcoded-db-password
  password: process.env.PGPASSWORD,
});

// ok: js/hardcoded-db-password
const orm = new Sequelize(process.env.DATABASE_URL);

// ok: js/hardcoded-db-password
const signupForm = { email: "", password: "" };
