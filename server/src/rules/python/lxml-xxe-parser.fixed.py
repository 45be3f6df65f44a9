import xml.sax

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/invoices", methods=["POST"])
def import_invoice():
    # ruleid: python/lxml-xxe-parser
    parser = etree.XMLParser(resolve_entities=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    return {"total": root.findtext("total")}


def feed_parser():
    # ruleid: python/lxml-xxe-parser
    return etree.XMLParser(no_network=True)


def sax_parser(handler):
    parser = xml.sax.make_parser()
    # ruleid: python/lxml-xxe-parser
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    return parser


@app.route("/invoices/safe", methods=["POST"])
def import_invoice_safe():
    # ok: python/lxml-xxe-parser
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(request.data, parser)
    return {"total": root.findtext("total")}


def sax_parser_safe(handler):
    parser = xml.sax.make_parser()
    # ok: python/lxml-xxe-parser
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setContentHandler(handler)
    return parser
