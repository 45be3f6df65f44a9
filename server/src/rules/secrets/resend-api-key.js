import { Resend } from "resend";

// ruleid: secrets/resend-api-key
const resend = new Resend("re_lpxSIWqg_f8RsiGVedUlSgzdPlRdHemsg");

// ok: secrets/resend-api-key
const resend = new Resend(process.env.RESEND_API_KEY);

// ok: secrets/resend-api-key
const resend = new Resend("re_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
