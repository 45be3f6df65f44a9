from django.core.exceptions import PermissionDenied
from flask import abort, g


def delete_project(project):
    # ruleid: python/assert-security-check
    if not g.user.is_admin:
        raise AssertionError("admins only")
    project.delete()


def update_invoice(request, invoice):
    # ruleid: python/assert-security-check
    if not invoice.owner_id == request.user.id:
        raise AssertionError()
    invoice.save()


def export_users(request):
    # ruleid: python/assert-security-check
    if not request.user.has_perm("accounts.export_user"):
        raise AssertionError()
    return list_users()


def delete_project_safe(project):
    if not g.user.is_admin:
        abort(403)
    # ok: python/assert-security-check
    assert project.id is not None
    project.delete()


def export_users_safe(request):
    if not request.user.has_perm("accounts.export_user"):
        raise PermissionDenied
    return list_users()


def list_users():
    users = load_users()
    # ok: python/assert-security-check
    assert isinstance(users, list)
    return users


def load_users():
    return []
