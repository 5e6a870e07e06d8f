# xml.parsers.expat refuses what XML does not allow and expat refuses: a processing
# instruction's target run into other characters, '--' inside a comment, ']]>' in text,
# stray text in the DOCTYPE's internal subset, names that start with '-' or a digit, and
# a malformed version in the XML declaration.
import xml.etree.ElementTree as ET

for text in ['<?xm< ersion="1.0"?><r/>', '<?xm]l version="1.0"?><r/>',
             '<a><!--c---></a>', '<a><!-- x -- y --></a>', '<a>x[CDATA[z]]></a>',
             '<!DOCTYPE r [&<!ENTITY e "v">]><r>&e;</r>', '<a -="1"/>', '<a><1b/></a>',
             '<!DOCTYPE -r><r/>', '<?xml version="1[.0"?><r/>',
             '<?xml version="1.0" standalone="maybe"?><r/>',
             '<!DOCTYPE r [<!ENTITY e "v"> <!-- fine --> <?pi x?>]><r>&e;</r>']:
    try:
        root = ET.fromstring(text)
        print('ok', root.tag, repr(root.text))
    except ET.ParseError as exc:
        print(type(exc).__name__, exc.code, str(exc).split(':')[0])
