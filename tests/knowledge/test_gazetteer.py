from hadath.knowledge.gazetteer import Entry, Gazetteer, bare, phrase_key


def test_bare_strips_the_article_only_from_long_words() -> None:
    assert bare("الخارجيه") == "خارجيه"
    assert bare("الي") == "الي"


def test_phrase_key_normalizes() -> None:
    assert phrase_key("وزير الخارجية") == ("وزير", "خارجيه")
    assert phrase_key("وزير خارجية") == phrase_key("وزير الخارجية")


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    g = Gazetteer()
    g.add("الولايات المتحدة", Entry("country", "USA"))
    g.add("الولايات المتحدة الأمريكية", Entry("country", "USA"))
    g.add("المتحدة", Entry("place", "x"))
    forms = [[w] for w in phrase_key("في الولايات المتحدة الأمريكية اليوم")]
    (match,) = g.find(forms)
    assert (match.first, match.last) == (1, 3)
    assert match.entries[0].key == "USA"


def test_alternative_forms_and_exactness() -> None:
    g = Gazetteer()
    g.add("تركيا", Entry("country", "TUR"))
    # token 0 has the best form first, a stripped form second
    match = g.match_at([["لتركيا", "تركيا"]], 0)
    assert match is not None and not match.exact
    match = g.match_at([["تركيا"]], 0)
    assert match is not None and match.exact


def test_priority_orders_entries_of_the_same_phrase() -> None:
    g = Gazetteer()
    g.add("حماة", Entry("place", "hama", priority=2))
    g.add("حماة", Entry("org", "x", priority=8))
    match = g.match_at([list(phrase_key("حماة"))], 0)
    assert match is not None
    assert [e.kind for e in match.entries] == ["org", "place"]
    assert g.contains("حماه")
    assert "حماه" in g.words()
