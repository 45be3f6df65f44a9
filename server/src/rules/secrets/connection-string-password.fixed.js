import amqp from "amqplib";
import pg from "pg";

// ruleid: secrets/connection-string-password
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// ok: secrets/connection-string-password
const replica = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// ruleid: secrets/connection-string-password
const connection = await amqp.connect(process.env.AMQP_URL);

// ok: secrets/connection-string-password
logger.info("connecting to postgres://reporting:****@pg.acme.internal:5432/analytics");

// ok: secrets/connection-string-password
const url = `mysql://${user}:${password}@${host}:3306/shop`;
