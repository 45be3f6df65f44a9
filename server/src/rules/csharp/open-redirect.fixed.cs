using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    [HttpPost]
    public IActionResult Login(LoginModel model, string returnUrl)
    {
        SignIn(model);
        // ruleid: csharp/open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult Logout()
    {
        // ruleid: csharp/open-redirect
        return LocalRedirect(Request.Query["next"]);
    }

    [HttpPost]
    public IActionResult LoginSafely(LoginModel model, string returnUrl)
    {
        SignIn(model);
        // ok: csharp/open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult Checked(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp/open-redirect
            return Redirect(returnUrl);
        }
        // ok: csharp/open-redirect
        return Redirect("/");
    }

    public void Legacy(string target)
    {
        // ruleid: csharp/open-redirect
        Response.Redirect(target);
    }
}
