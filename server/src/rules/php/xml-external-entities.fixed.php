<?php

function import_invoice(string $xml): SimpleXMLElement
{
    // ruleid: php/xml-external-entities
    return simplexml_load_string($xml, 'SimpleXMLElement', 0);
}

function import_feed(string $xml): DOMDocument
{
    $doc = new DOMDocument();
    // ruleid: php/xml-external-entities
    $doc->loadXML($xml, 0);
    return $doc;
}

function stream_feed(string $path): XMLReader
{
    $reader = XMLReader::open($path);
    // ruleid: php/xml-external-entities
    $reader->setParserProperty(XMLReader::SUBST_ENTITIES, false);
    return $reader;
}

function import_invoice_safely(string $xml): SimpleXMLElement
{
    // ok: php/xml-external-entities
    return simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NONET);
}

function import_feed_safely(string $xml): DOMDocument
{
    $doc = new DOMDocument();
    // ok: php/xml-external-entities
    $doc->loadXML($xml);
    return $doc;
}
