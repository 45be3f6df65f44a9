<?php
$name = $_GET['name'] ?? 'guest';
// ruleid: php/echo-xss
echo "<h1>Welcome, " . $name . "</h1>";
// ok: php/echo-xss
echo '<h1>Welcome, ' . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . '</h1>';
// ok: php/echo-xss
echo "<footer>Powered by PHP</footer>";
// ruleid: php/echo-xss
print $_POST['comment'];
// PHP keywords ignore case.
// ruleid: php/echo-xss
ECHO $_GET['ref'];
?>
<form>
  <!-- ruleid: php/echo-xss -->
  <input name="q" value="<?= $_GET['q'] ?>">
  <!-- ok: php/echo-xss -->
  <input name="page" value="<?= (int) $_GET['page'] ?>">
</form>
