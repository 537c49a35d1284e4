

def test_arabic_prose_with_markup_is_arabic() -> None:
    text = ('تظاهر آلاف الطلاب أمس في الخرطوم <script>window.__pwned=1</script> ضد الحكومة السودانية '
            '<img src=x onerror="window.__pwned=1">.')
    assert detect_language(text)[0] == "ar"
