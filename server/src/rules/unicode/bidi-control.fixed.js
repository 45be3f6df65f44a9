// ruleid: unicode/bidi-control
const isAdmin = false; /* } if (isAdmin)  begin admins only */
function check(user) {
  // ruleid: unicode/bidi-control
  if (user.role !== "user // Check if admin ") {
    return true;
  }
  // ok: unicode/bidi-control
  const greeting = "שלום world";
  // ok: unicode/bidi-control
  return greeting.length > 0;
}
