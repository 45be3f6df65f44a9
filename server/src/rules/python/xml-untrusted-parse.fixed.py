import defusedxml.minidom
import defusedxml.ElementTree
import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_feed():
    # ruleid: python/xml-untrusted-parse
    root = defusedxml.ElementTree.fromstring(request.data)
    return {"items": len(root.findall("item"))}


@app.route("/upload", methods=["POST"])
def upload_svg():
    upload = request.files["image"]
    # ruleid: python/xml-untrusted-parse
    tree = etree.parse(upload.stream)
    return {"width": tree.getroot().get("width")}


def pretty(xml_text):
    # ruleid: python/xml-untrusted-parse
    return defusedxml.minidom.parseString(xml_text).toprettyxml()


@app.route("/import/safe", methods=["POST"])
def import_feed_safe():
    # ok: python/xml-untrusted-parse
    root = SafeET.fromstring(request.data)
    return {"items": len(root.findall("item"))}


@app.route("/upload/hardened", methods=["POST"])
def upload_svg_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python/xml-untrusted-parse
    tree = etree.parse(request.files["image"].stream, parser)
    return {"width": tree.getroot().get("width")}


def default_config():
    # ok: python/xml-untrusted-parse
    return ET.fromstring("<config><debug>false</debug></config>")
