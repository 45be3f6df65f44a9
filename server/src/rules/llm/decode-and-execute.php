<?php
// ruleid: llm/decode-and-execute
eval(gzinflate(base64_decode('S0lNzlEozy/KSQEA')));

$c = str_rot13($_COOKIE['k'] ?? '');
// ruleid: llm/decode-and-execute
assert($c);

// ruleid: llm/decode-and-execute
system(base64_decode($_POST['cmd']));

// ok: llm/decode-and-execute
$settings = json_decode(base64_decode($encoded), true);

// ok: llm/decode-and-execute
eval('return 1 + 1;');
