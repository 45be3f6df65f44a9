import sgMail from "@sendgrid/mail";

// ruleid: secrets/sendgrid-api-key
sgMail.setApiKey("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");

// ok: secrets/sendgrid-api-key
sgMail.setApiKey(process.env.SENDGRID_API_KEY);

// ok: secrets/sendgrid-api-key
sgMail.setApiKey("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
