using System.Web.Mvc;

public class PostsController : Controller
{
    [HttpPost]
    // ruleid: csharp/validate-input-disabled
    [ValidateInput(true)]
    public ActionResult Create(PostModel model)
    {
        return View(model);
    }

    // ruleid: csharp/validate-input-disabled
    [HttpPost, ValidateInput(true)]
    public ActionResult Edit(PostModel model)
    {
        return View(model);
    }

    [HttpPost]
    // ok: csharp/validate-input-disabled
    [ValidateInput(true)]
    public ActionResult Comment(CommentModel model)
    {
        return View(model);
    }

    [HttpPost]
    // ok: csharp/validate-input-disabled
    [ValidateAntiForgeryToken]
    public ActionResult Reply(CommentModel model)
    {
        return View(model);
    }
}
