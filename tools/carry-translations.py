#!/usr/bin/env python3
"""Fills the unfinished entries of a Qt .ts file with the translation the same source text
has elsewhere: in another context of the file, or in an older version of it (a text that
moved from one class to another keeps its translation).

    tools/carry-translations.py resources/translations/attention-lab_zh_CN.ts [OLDER.ts …]
"""
import sys
import xml.etree.ElementTree as ET


def translations(tree):
    known = {}
    for message in tree.iter('message'):
        source, translation = message.find('source'), message.find('translation')
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        if message.get('numerus') == 'yes' or not translation.text:
            continue
        known.setdefault(source.text, translation.text)
    return known


def main(path, *older):
    tree = ET.parse(path)
    known = translations(tree)
    for other in older:
        for source, text in translations(ET.parse(other)).items():
            known.setdefault(source, text)
    filled = 0
    for message in tree.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') == 'unfinished' and message.get('numerus') != 'yes':
            text = known.get(message.find('source').text)
            if text:
                translation.text = text
                del translation.attrib['type']
                filled += 1
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    print(f'{path}: {filled} entries filled')


if __name__ == '__main__':
    main(*sys.argv[1:])
