# ElementTree's XML and HTML serializers: namespaces declared once, attributes quoted per method,
# short empty elements, comments and processing instructions escaped only in HTML, raw
# script/style text, void HTML elements, tails, and the XML declaration.
import xml.etree.ElementTree as ET
root = ET.fromstring('<a xmlns:p="urn:p" x="1&amp;2"><p:b y="&lt;q&gt;">t&amp;<c/></p:b><!-- hi & bye --><?pi data?><script>if a&lt;b</script><br/><e></e>tail</a>')
for m in ("xml", "html"):
    print(ET.tostring(root, method=m).decode())
    print(ET.tostring(root, method=m, short_empty_elements=False).decode())
r = ET.Element("{urn:x}root", {"{urn:y}k": "v\"\n", "plain": "a<b"})
s = ET.SubElement(r, "{urn:x}kid"); s.text = "x>y"; s.tail = " after "
ET.SubElement(r, "empty")
c = ET.Comment("c<>"); r.append(c); r.append(ET.ProcessingInstruction("tgt", "d&"))
for m in ("xml", "html"):
    print(ET.tostring(r, method=m).decode())
print(ET.tostring(r, encoding="unicode", default_namespace="urn:x") if False else "")
h = ET.Element("html"); b = ET.SubElement(h, "body"); ET.SubElement(b, "img", src="a&b"); st = ET.SubElement(b, "style"); st.text = "p<q"
print(ET.tostring(h, method="html").decode())
t = ET.ElementTree(root)
import io
f = io.BytesIO(); t.write(f, xml_declaration=True, encoding="utf-8"); print(f.getvalue())
