import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: python/jinja2-autoescape-false
env = Environment(loader=FileSystemLoader("templates"))

# ruleid: python/jinja2-autoescape-false
emails = jinja2.Environment(loader=jinja2.PackageLoader("shop", "emails"), autoescape=True)


def render_page(name, user):
    return env.get_template(name).render(user=user)


# ok: python/jinja2-autoescape-false
pages = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))

# ok: python/jinja2-autoescape-false
widgets = jinja2.Environment(loader=jinja2.PackageLoader("shop", "widgets"), autoescape=True)
