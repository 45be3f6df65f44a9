<?php
$name = $_GET['name'] ?? 'guest';
// ruleid: php/echo-xss
echo '<h1>Welcome, ' . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . '</h1>';
// ok: php/echo-xss
echo '<h1>Welcome, ' . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . '</h1>';
// ok: php/echo-xss
echo "<footer>Powered by PHP</footer>";
// ruleid: php/echo-xss
print htmlspecialchars($_POST['comment'], ENT_QUOTES, 'UTF-8');
// PHP keywords ignore case.
// ruleid: php/echo-xss
ECHO htmlspecialchars($_GET['ref'], ENT_QUOTES, 'UTF-8');
?>
<form>
  <!-- ruleid: php/echo-xss -->
  <input name="q" value="<?= htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8') ?>">
  <!-- ok: php/echo-xss -->
  <input name="page" value="<?= (int) $_GET['page'] ?>">
</form>
