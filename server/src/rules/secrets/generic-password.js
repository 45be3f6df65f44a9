import nodemailer from "nodemailer";

// ruleid: secrets/generic-password
const transport = nodemailer.createTransport({ host: "smtp.acme.io", auth: { user: "alerts@acme.io", pass: "x", password: "Wq3$kP9zL2vN" } });

// ok: secrets/generic-password
const mailer = nodemailer.createTransport({ host: "smtp.acme.io", auth: { user: "alerts@acme.io", password: process.env.SMTP_PASSWORD } });

// ruleid: secrets/generic-password
const config = { jwtSecret: "7hK2pQ9xZ4mW8vN3rT6y" };

// ok: secrets/generic-password
const labels = { passwordPlaceholder: "Enter your password" };
