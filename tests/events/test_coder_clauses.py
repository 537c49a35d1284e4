"""The coder's clause-level rules, each on sentences we wrote: coordinated predicates, object
case, purposes, slogans, the content of demands, pluperfect background, killed-in-a-strike
passives, laws named by their year, and planned meetings told by a future support verb."""

from __future__ import annotations

import datetime as dt

from hadath.api import Extractor
from hadath.doc import Document, Event

FRIDAY = "2022-01-07"


def code(extractor: Extractor, text: str, date: str = FRIDAY) -> Document:
    return extractor.document(text, date)


def of_type(doc: Document, event_type: str) -> list[Event]:
    return [e for e in doc.events if e.event_type == event_type]


def first(doc: Document, event_type: str) -> Event:
    """The first event of ``event_type``; the test fails when there is none."""
    found = of_type(doc, event_type)
    assert found, f"no {event_type} event in {[e.event_type for e in doc.events]}"
    return found[0]


def test_coordinated_verb_keeps_its_own_object(extractor: Extractor) -> None:
    """«رحبت … بالاتفاق ودعت الحوثيين»: the welcome has no Houthi recipient; the call goes to
    them and is made by the League (the «ـيين» plural is the object, not the subject)."""
    doc = code(extractor, "رحبت جامعة الدول العربية أمس بالاتفاق ودعت الحوثيين إلى احترامه.")
    support = first(doc, "SUPPORT")
    assert support.recipient is None
    request = first(doc, "REQUEST")
    assert request.actor is not None and request.actor.org == "Arab League"
    assert request.recipient is not None and request.recipient.country == "YEM"


def test_purpose_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "وصل الوزير إلى عمان من أجل بحث الأزمة مع نظيره الأردني.")
    assert not of_type(doc, "CONSULT")


def test_slogan_is_not_a_demand(extractor: Extractor) -> None:
    doc = code(extractor, "ردد المتظاهرون في بغداد أمس هتافات تطالب بإسقاط الحكومة.")
    assert not of_type(doc, "REQUEST")


def test_what_a_demand_asks_for_is_not_an_event(extractor: Extractor) -> None:
    """«اشترطت النقابات سحب القانون»: the withdrawal is asked for, it did not happen."""
    doc = code(extractor, "اشترطت النقابات الأردنية أمس سحب مشروع القانون من البرلمان.")
    assert of_type(doc, "REQUEST")
    assert not of_type(doc, "SANCTION")


def test_what_someone_is_called_on_to_do_is_not_done(extractor: Extractor) -> None:
    """«دعت فرنسا منظمة الصحة العالمية إلى فتح تحقيق»: the inquiry is asked for (after «إلى»,
    which normalization spells «الي»), nobody opened it."""
    doc = code(extractor, "ودعت فرنسا أمس منظمة الصحة العالمية إلى فتح تحقيق عاجل في الحادث.")
    assert of_type(doc, "REQUEST")
    assert not of_type(doc, "ACCUSE")


def test_every_joined_demand_is_asked_for(extractor: Extractor) -> None:
    """«مطالبين بطرد السفير وقطع العلاقات»: a plural participle governs both demands; neither the
    expulsion nor the break of relations happened."""
    doc = code(extractor, "وتجمع مئات الطلاب أمام السفارة الفرنسية في تونس، مطالبين بطرد السفير الفرنسي "
                          "وقطع العلاقات مع باريس.")
    assert of_type(doc, "PROTEST")
    assert not of_type(doc, "SANCTION")


def test_a_statement_between_a_demand_and_its_content(extractor: Extractor) -> None:
    """«طالب الوزراء في بيانهم الختامي بفرض عقوبات»: the sanctions are still asked for."""
    doc = code(extractor, "وطالب وزراء الخارجية الأوروبيون في بيانهم الختامي أمس بفرض عقوبات على إيران.")
    assert of_type(doc, "REQUEST")
    assert not of_type(doc, "SANCTION")


def test_what_leaders_agreed_on_is_done_by_them(extractor: Extractor) -> None:
    """«اتفق القادة، خلال قمة في بروكسل، على منع …»: the ban is the leaders', not Belgium's (the
    summit's place), and airlines are a business."""
    doc = code(extractor, "اتفق قادة الاتحاد الأوروبي، خلال قمة في بروكسل مساء الخميس، على منع شركات الطيران "
                          "الروسية من التحليق في أجواء الاتحاد.")
    bans = first(doc, "COERCE")
    assert bans.actor is not None and bans.actor.country == "EUR"
    assert bans.recipient is not None and (bans.recipient.country, bans.recipient.sector) == ("RUS", "BUS")


def test_the_authorities_after_a_un_envoy_are_the_host_state_s(extractor: Extractor) -> None:
    """«السلطات» (plural, unnamed) is not the UN envoy named just before it."""
    doc = code(extractor, "وندد المبعوث الأممي إلى ليبيا أمس بالهجوم على المتظاهرين، "
                          "ودعا السلطات إلى محاسبة المسؤولين.")
    calls = first(doc, "REQUEST")
    assert calls.recipient is not None and calls.recipient.country == "LBY"


def test_a_joined_verb_keeps_the_opening_subject(extractor: Extractor) -> None:
    """«قلل المتحدث باسم الحوثيين من أهمية الإعلان، ورفض المشاركة في مشاورات الرياض»: the
    spokesman refuses; Riyadh, a genitive after the verb's object, is not the subject."""
    doc = code(extractor, "في المقابل، قلل المتحدث باسم جماعة الحوثي من أهمية الإعلان، "
                          "ورفض المشاركة في مشاورات الرياض.")
    refusals = first(doc, "REJECT")
    assert refusals.actor is not None and refusals.actor.country == "YEM"


def test_she_announced_that_she_asked(extractor: Extractor) -> None:
    """«أعلنت مملكة البحرين أنها طلبت …»: the announcer is the one who asked."""
    doc = code(extractor, "وأعلنت مملكة البحرين أمس أنها طلبت من السفير اللبناني مغادرة أراضيها خلال 48 ساعة.")
    requests = first(doc, "REQUEST")
    assert requests.actor is not None and requests.actor.country == "BHR"


def test_a_present_verb_after_an_indefinite_noun_describes_it(extractor: Extractor) -> None:
    """«دراسة تطالب بإصلاح التعليم»: what a study argues describes the study; «طلاب يطالبون»
    after a protest still reports the students' demand."""
    doc = code(extractor, "ونشرت الصحيفة أمس دراسة تطالب بإصلاح التعليم في مصر.")
    assert not of_type(doc, "REQUEST")
    doc = code(extractor, "وتظاهر طلاب يطالبون بإصلاح التعليم في القاهرة أمس.")
    assert of_type(doc, "REQUEST") and of_type(doc, "PROTEST")


def test_a_phrase_with_no_subject_inside_is_passive(extractor: Extractor) -> None:
    """«وأطلق سراح الناشط الإيراني»: the activist was released (an active verb puts its subject
    between «أطلق» and «سراح»); a phone call with no subject keeps its pro-drop caller."""
    doc = code(extractor, "وأطلق سراح الناشط الإيراني أمس من سجن إيفين في طهران.")
    released = first(doc, "RETREAT")
    assert released.recipient is not None and released.recipient.country == "IRN"
    assert released.actor is None or released.actor.start is None
    doc = code(extractor, "وأجرى اتصالا هاتفيا بنظيره الروسي أمس.")
    calls = first(doc, "CONSULT")
    assert calls.recipient is not None and calls.recipient.country == "RUS"


def test_a_body_meeting_alone_consults_nobody(extractor: Extractor) -> None:
    """«عقب اجتماع طارئ للقيادة»: the leadership met on its own; the decision after it is coded."""
    doc = code(extractor, "وأعلن الرئيس الفلسطيني محمود عباس أمس، عقب اجتماع طارئ للقيادة، وقف الاتصالات مع إسرائيل.")
    assert not of_type(doc, "CONSULT")


def test_burning_a_flag_is_a_protest_not_an_assault(extractor: Extractor) -> None:
    """«وأحرق بعضهم العلم التركي»: «بعضهم» may stand inside the phrase «أحرق العلم»."""
    doc = code(extractor, "وتجمع مئات المحتجين أمام السفارة التركية في بغداد أمس، وأحرق بعضهم العلم التركي.")
    assert not of_type(doc, "ASSAULT")
    assert of_type(doc, "PROTEST")


def test_stopping_an_act_is_not_doing_it(extractor: Extractor) -> None:
    """«أن تتوقف عن دعم الجماعات المسلحة»: the support is what is to stop, not an act of support."""
    doc = code(extractor, "وقال وزير الخارجية الأمريكي أمس إن على إيران أن تتوقف عن دعم الجماعات المسلحة.")
    assert not of_type(doc, "SUPPORT")


def test_counted_soldiers_killed_near_a_city_in_an_attack(extractor: Extractor) -> None:
    """«قتل 13 عسكريا أميركيا … في هجوم قرب كابل»: American soldiers are the victims (not
    the government), Kabul after «قرب» is a place, and the killing and the attack are one event."""
    doc = code(extractor, "وقتل 13 عسكريا أميركيا أمس في هجوم قرب كابل.", "2021-08-27")
    attacks = of_type(doc, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].recipient is not None
    assert (attacks[0].recipient.country, attacks[0].recipient.sector) == ("USA", "MIL")


def test_what_a_state_protests_was_done_by_the_other_side(extractor: Extractor) -> None:
    """«احتجت موسكو بشدة على طرد دبلوماسيين روس»: Moscow did not expel its own diplomats; the
    state it has just summoned the ambassador of did."""
    doc = code(extractor, "استدعت روسيا أمس السفير اليوناني لديها. وأفادت الخارجية الروسية أن موسكو احتجت بشدة "
                          "على طرد دبلوماسيين روس.")
    expulsions = first(doc, "SANCTION")
    assert expulsions.actor is not None and expulsions.actor.country == "GRC"


def test_a_noun_joined_to_a_protested_act_shares_its_fate(extractor: Extractor) -> None:
    """«احتجت على طرد دبلوماسيين روس ومنع اثنين آخرين»: «ومنع» is a noun joined to «طرد», done
    by the other side too; «تستعد لطرد … ومنع …» is planned, neither done."""
    doc = code(extractor, "استدعت روسيا أمس السفير اليوناني لديها. وأفادت الخارجية الروسية أن موسكو احتجت بشدة "
                          "على طرد دبلوماسيين روس ومنع اثنين آخرين من دخول البلاد.")
    bans = first(doc, "COERCE")
    assert bans.actor is not None and bans.actor.country == "GRC"
    doc = code(extractor, "وقالت الصحافة إن أثينا تستعد لطرد دبلوماسيين روس ومنع اثنين من الرعايا الروس "
                          "من دخول البلاد.")
    assert not of_type(doc, "COERCE") and not of_type(doc, "SANCTION")


def test_counted_defendants_and_a_conviction_accuse_nobody(extractor: Extractor) -> None:
    """«حكم على 49 متهما»: defendants, not «accusing»; «بعد إدانته بعدم التبليغ»: his
    conviction, not a condemnation."""
    doc = code(extractor, "وحكمت المحكمة أمس على 49 متهما بالسجن. وحكم أيضا على الصحافي بالسجن ثلاث سنوات، "
                          "بعد إدانته بعدم التبليغ عن جناية.")
    assert not of_type(doc, "ACCUSE")
    doc = code(extractor, "وأعلنت الحكومة إدانتها بشدة للهجوم على السفارة.")
    assert of_type(doc, "ACCUSE")


def test_a_quoted_indefinite_noun_is_described_by_the_verb_after_it(extractor: Extractor) -> None:
    """«نشر التنظيم «فتوى» تدعو المقاتلين»: the fatwa calls, as a text; the group made no request."""
    doc = code(extractor, "ونشر تنظيم داعش أمس «فتوى» تدعو كل المقاتلين إلى إعلان ولائهم.")
    assert not of_type(doc, "REQUEST")


def test_we_in_a_body_speak_as_it(extractor: Extractor) -> None:
    """«نحن في الجامعة العربية نرحب … ونطالب الحوثيين»: the League welcomes and demands."""
    doc = code(extractor, "وقال مسؤول للصحفيين أمس: نحن في الجامعة العربية نرحب بهذا التقدم ونطالب الحوثيين بالانسحاب.")
    for event_type in ("SUPPORT", "REQUEST"):
        found = of_type(doc, event_type)
        assert found and found[0].actor is not None and found[0].actor.org == "Arab League"


def test_announced_in_which_time(extractor: Extractor) -> None:
    """«في وقت أعلن فيه الجيش عن حالة تأهب»: «فيه» stands between the verb and its subject."""
    doc = code(extractor, "وتصاعد الغضب أمس في وقت أعلن فيه الجيش الإسرائيلي عن حالة تأهب في الضفة الغربية.")
    alerts = first(doc, "MOBILIZE")
    assert alerts.actor is not None and alerts.actor.country == "ISR"


def test_civilians_before_a_passive_prone_verb_were_killed(extractor: Extractor) -> None:
    """«أن شخصين قتلا ليل الجمعة»: the two were killed; they are the recipients, not the killers."""
    doc = code(extractor, "وذكر المركز أن شخصين قتلا ليل الجمعة في العاصمة ماناغوا.")
    killings = first(doc, "ASSAULT")
    assert killings.recipient is not None and killings.recipient.sector == "CVL"
    assert killings.actor is None or killings.actor.sector != "CVL"


def test_joint_exercises_of_joined_nationalities(extractor: Extractor) -> None:
    """«بدأت القوات البحرية الإيرانية والروسية مناورات مشتركة في بحر عمان»: «بدأت» is a support
    verb (a hamza verb), Russia is the partner, and the Sea of Oman is a place, not Oman."""
    doc = code(extractor, "بدأت القوات البحرية الإيرانية والروسية، الجمعة، مناورات مشتركة في بحر عمان.")
    drills = first(doc, "COOPERATE")
    assert drills.actor is not None and drills.actor.country == "IRN"
    assert drills.recipient is not None and drills.recipient.country == "RUS"


def test_talks_between_an_envoy_and_a_delegation(extractor: Extractor) -> None:
    """«المحادثات بين المبعوث الأمريكي ووفد من حركة طالبان»: the «و» heads «وفد», before the name."""
    doc = code(extractor, "وشهدت الدوحة أمس جولة جديدة من المحادثات بين المبعوث الأمريكي ووفد من حركة طالبان.")
    talks = first(doc, "CONSULT")
    assert talks.actor is not None and talks.actor.country == "USA"
    assert talks.recipient is not None and talks.recipient.name == "Taliban"


def test_arrived_on_a_first_visit(extractor: Extractor) -> None:
    """«وصل رئيس الوزراء العراقي إلى طهران … في أول زيارة رسمية له»: the arriving one visits."""
    doc = code(extractor, "وصل رئيس الوزراء العراقي إلى طهران، اليوم، في أول زيارة رسمية له إلى إيران.")
    visits = first(doc, "CONSULT")
    assert visits.actor is not None and visits.actor.country == "IRQ"
    assert visits.recipient is not None and visits.recipient.country == "IRN"


def test_marches_deployments_and_a_withdrawn_bill(extractor: Extractor) -> None:
    """«خرج آلاف في مواكب», «انتشرت أعداد كبيرة من قوات الأمن», «سحب مشروع قانون»."""
    doc = code(extractor, "خرج آلاف السودانيين أمس في مواكب بالخرطوم للمطالبة بالحكم المدني.")
    assert of_type(doc, "PROTEST")
    doc = code(extractor, "انتشرت أعداد كبيرة من قوات الأمن المصرية أمس في ميدان التحرير.")
    assert of_type(doc, "MOBILIZE")
    doc = code(extractor, "أعلنت الحكومة الأردنية أمس سحب مشروع قانون ضريبة الدخل من مجلس النواب.")
    concessions = first(doc, "CONCEDE")
    assert concessions.actor is not None and concessions.actor.country == "JOR"


def test_a_summons_is_a_protest_only_of_an_envoy(extractor: Extractor) -> None:
    """«واستدعى لواءين إضافيين» calls up troops; «استدعت الخارجية السفير» protests to a state."""
    doc = code(extractor, "رفع الجيش الإسرائيلي أمس حالة التأهب على الحدود، واستدعى لواءين إضافيين.")
    assert not of_type(doc, "ACCUSE")
    doc = code(extractor, "استدعت الخارجية الفرنسية أمس السفير الإيراني في باريس.")
    summons = first(doc, "ACCUSE")
    assert summons.recipient is not None and summons.recipient.country == "IRN"


def test_the_ambassadress_is_not_her_ambassador(extractor: Extractor) -> None:
    """«السفيرة» normalizes like «سفيره» (his ambassador); summoning her is a protest, recalling
    one's own ambassador («سفيرها») a withdrawal."""
    doc = code(extractor, "استدعت الخارجية الفرنسية أمس السفيرة الإيرانية في باريس.")
    assert of_type(doc, "ACCUSE") and not of_type(doc, "SANCTION")
    doc = code(extractor, "استدعت فرنسا أمس سفيرها في طهران للتشاور.")
    assert of_type(doc, "SANCTION")


def test_a_received_invitation_is_the_sender_s_request(extractor: Extractor) -> None:
    """«تلقى وزير الخارجية الأردني دعوة من نظيره القطري»: Qatar invites, Jordan is invited."""
    doc = code(extractor, "وتلقى وزير الخارجية الأردني أمس دعوة من نظيره القطري لزيارة الدوحة.")
    invitations = first(doc, "REQUEST")
    assert invitations.actor is not None and invitations.actor.country == "QAT"
    assert invitations.recipient is not None and invitations.recipient.country == "JOR"


def test_an_easing_told_in_the_present_is_no_event(extractor: Extractor) -> None:
    """«وقف لإطلاق النار، يخفف مأساة النازحين»: what a ceasefire would ease; a concession, like
    other material acts, is reported in the past («خففت الحكومة القيود»)."""
    doc = code(extractor, "وقال الوزير إن بلاده تسعى إلى وقف لإطلاق النار، يخفف مأساة النازحين.")
    assert not of_type(doc, "CONCEDE")
    doc = code(extractor, "وخففت الحكومة الأردنية أمس القيود على حركة المسافرين.")
    assert of_type(doc, "CONCEDE")


def test_a_leader_killed_in_a_strike_is_one_event_of_the_striker(extractor: Extractor) -> None:
    """«أن قياديا كبيرا في تنظيم القاعدة قتل … في غارة جوية أميركية»: killed (a passive, though
    his group is armed), by the American strike, one event; he is al-Qaeda's."""
    doc = code(extractor, "أعلن البنتاغون أمس أن قياديا كبيرا في تنظيم القاعدة قتل منتصف يوليو في غارة جوية "
                          "أميركية في أفغانستان.", "2015-08-01")
    attacks = of_type(doc, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.country == "USA"
    assert attacks[0].recipient is not None and attacks[0].recipient.org == "al-Qaeda"


def test_a_death_the_speaker_reports_is_not_the_speaker_s_act(extractor: Extractor) -> None:
    """«وقال المركز إنه بعد مقتل هذين الشخصين …»: the centre reports the deaths, it did not kill."""
    doc = code(extractor, "أعلن مسؤولون طلبة أمس أن شابا قتل. وقال المركز إنه بعد مقتل الشابين ارتفعت الحصيلة.")
    for killing in of_type(doc, "ASSAULT"):
        assert killing.actor is None or killing.actor.sector not in ("EDU", "NGO")


def test_what_someone_was_responsible_for_is_a_biography(extractor: Extractor) -> None:
    """«كان مسؤولا عن تدريب المقاتلين وعن الدعم المالي للجماعات»: his past duties, not events."""
    doc = code(extractor, "وأضاف أن القيادي كان مسؤولا عن تدريب المقاتلين، وكذلك عن الدعم المالي لتنظيم القاعدة.")
    assert not of_type(doc, "AID")


def test_a_call_to_act_with_a_long_object(extractor: Extractor) -> None:
    """«دعا الرئيس ألمانيا والدول الصناعية الكبرى إلى دعم …»: the support is asked for."""
    doc = code(extractor, "ودعا الرئيس الكيني أمس ألمانيا والدول الصناعية الكبرى إلى دعم إصلاح نظام الديون.")
    assert of_type(doc, "REQUEST")
    assert not of_type(doc, "SUPPORT")


def test_all_who_were_arrested_is_a_description(extractor: Extractor) -> None:
    """«طالب بالإفراج عن جميع من اعتقلوا»: those arrested, not a new arrest."""
    doc = code(extractor, "وطالب المكتب الأممي أمس المجلس العسكري في ميانمار بالإفراج عن جميع من اعتقلوا.")
    assert not of_type(doc, "COERCE")


def test_pluperfect_background_is_left_out_unless_recent(extractor: Extractor) -> None:
    old = code(extractor, "وكانت مصر والسودان وقعتا في مارس/آذار 2019 اتفاقا للتعاون الأمني.")
    assert not old.events
    recent = code(extractor, "وكانت روسيا حذرت الأربعاء اليونان من عواقب قرارها.")
    assert of_type(recent, "THREATEN")


def test_killed_in_a_strike_is_a_passive(extractor: Extractor) -> None:
    """«قتل قائد التنظيم في غارة شنتها طائرة أميركية»: the leader suffered it, the US did it."""
    doc = code(extractor, "قتل قائد تنظيم داعش في غارة شنتها طائرة أميركية من دون طيار في سوريا أمس.")
    assaults = of_type(doc, "ASSAULT")
    killing = [e for e in assaults if e.trigger == "قتل"]
    assert killing and killing[0].recipient is not None and killing[0].recipient.org == "ISIS"
    assert any(e.actor is not None and e.actor.country == "USA" for e in assaults)


def test_a_year_that_names_a_law_dates_nothing(extractor: Extractor) -> None:
    doc = code(extractor, "رفضت النقابات أمس مشروع قانون ضريبة الدخل لسنة 2014.")
    rejected = first(doc, "REJECT")
    assert rejected.date == dt.date(2022, 1, 6)


def test_future_support_verb_makes_a_planned_meeting(extractor: Extractor) -> None:
    doc = code(extractor, "وقال المبعوث الأممي إنه سيجري لقاءات مع المسؤولين السعوديين الأسبوع المقبل.")
    assert not of_type(doc, "CONSULT")


def test_declared_truce_is_retreat_ceasefire(extractor: Extractor) -> None:
    """CAMEO 0871 «declare truce, ceasefire» maps to RETREAT ceasefire."""
    doc = code(extractor, "أعلن التحالف بقيادة السعودية هدنة لمدة خمسة أيام في اليمن أمس.")
    truce = first(doc, "RETREAT")
    assert truce.mode == "ceasefire"


def test_partitive_min_is_not_a_recipient(extractor: Extractor) -> None:
    doc = code(extractor, "شهدت البصرة أمس مظاهرات شارك فيها الآلاف من العراقيين ضد حكومة حيدر العبادي.")
    protest = first(doc, "PROTEST")
    assert protest.recipient is not None and protest.recipient.sector == "GOV"


def test_joined_actors_each_did_the_act(extractor: Extractor) -> None:
    doc = code(extractor, "أعلنت إيطاليا وإسبانيا والدنمارك، اليوم، طرد عشرات الدبلوماسيين الروس.")
    actors = sorted(e.actor.country for e in of_type(doc, "SANCTION") if e.actor is not None)
    assert actors == ["DNK", "ESP", "ITA"]
    assert all(e.recipient is not None and e.recipient.country == "RUS" for e in of_type(doc, "SANCTION"))


def test_between_names_both_sides(extractor: Extractor) -> None:
    doc = code(extractor, "اندلعت أمس اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر.")
    clash = first(doc, "ASSAULT")
    assert clash.actor is not None and clash.recipient is not None
    assert clash.actor.sector == "MIL" and clash.recipient.country == "SDN"


def test_released_people_are_the_recipient(extractor: Extractor) -> None:
    """The counted noun after «سراح» / «عن», over its number, with its nationality adjective."""
    doc = code(extractor, "أطلقت حماس، مساء الجمعة، سراح 13 رهينة إسرائيلية. "
                          "وأفرجت السلطات الإسرائيلية عن 39 أسيرا فلسطينيا.")
    released = {(e.actor.country, e.recipient.country) for e in of_type(doc, "RETREAT")
                if e.actor is not None and e.recipient is not None}
    assert released == {("PSE", "ISR"), ("ISR", "PSE")}


def test_the_movement_is_the_group_named_before(extractor: Extractor) -> None:
    doc = code(extractor, "قالت حركة حماس إن الوسطاء تسلموا القائمة. كما أفرجت الحركة أمس عن عشرة مواطنين تايلانديين.")
    release = first(doc, "RETREAT")
    assert release.actor is not None and release.actor.name == "Hamas"
    assert release.recipient is not None and release.recipient.country == "THA"


def test_rejecting_a_request_addresses_its_maker(extractor: Extractor) -> None:
    """«رفض الجيش السوري الحر طلب ضباط من الجيش الروسي»: the refusal is addressed to Russia."""
    doc = code(extractor, "رفض الجيش السوري الحر أمس طلب ضباط من الجيش الروسي لهم بالاستسلام.")
    rejected = first(doc, "REJECT")
    assert rejected.recipient is not None and rejected.recipient.country == "RUS"


def test_a_demand_to_them_is_addressed_to_the_sentence_other_actor(extractor: Extractor) -> None:
    doc = code(extractor, "رفض الجيش السوري الحر أمس العرض بعدما وجه ضباط من الجيش الروسي طلبا لهم بالاستسلام.")
    asked = first(doc, "REQUEST")
    assert asked.actor is not None and asked.actor.country == "RUS"
    assert asked.recipient is not None and asked.recipient.country == "SYR"


def test_members_of_an_organisation_act_as_it(extractor: Extractor) -> None:
    doc = code(extractor, "قتل 13 عنصرا من الشرطة العراقية أمس إثر هجوم شنه مسلحون من داعش في كركوك.")
    attack = first(doc, "ASSAULT")
    assert attack.actor is not None and attack.actor.org == "ISIS"


def test_a_participle_after_a_comma_is_the_subject_s_act(extractor: Extractor) -> None:
    doc = code(extractor, "قال المتحدث باسم الحوثيين أمس إن الغارات أسفرت عن مقتل خمسة، "
                          "متوعدا بالرد على الولايات المتحدة.")
    assert of_type(doc, "THREATEN")


def test_a_vow_to_retaliate_targets_the_attacker(extractor: Extractor) -> None:
    doc = code(extractor, "شنت مقاتلات أمريكية أمس غارات على مواقع لجماعة الحوثي في اليمن. والجماعة تتوعد بالرد.")
    attack = first(doc, "ASSAULT")
    assert attack.actor is not None and attack.actor.country == "USA"
    vow = first(doc, "THREATEN")
    assert vow.recipient is not None and vow.recipient.country == "USA"


def test_a_condemnation_of_the_strikes_addresses_who_struck(extractor: Extractor) -> None:
    doc = code(extractor, "شنت مقاتلات أمريكية أمس غارات على مواقع لجماعة الحوثي في اليمن. "
                          "كما دانت سلطنة عمان الضربات.")
    condemned = first(doc, "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.country == "USA"


def test_a_verb_after_an_event_noun_continues_it(extractor: Extractor) -> None:
    """«أن إسرائيل شنت غارات جوية استهدفت مطار دمشق»: one strike, by Israel, on Syria."""
    doc = code(extractor, "أعلن الجيش السوري أن إسرائيل شنت فجر الجمعة غارات جوية استهدفت مطار دمشق الدولي.")
    strikes = of_type(doc, "ASSAULT")
    assert len(strikes) == 1 and strikes[0].actor is not None and strikes[0].actor.country == "ISR"


def test_a_possessive_on_an_event_noun_names_its_actor(extractor: Extractor) -> None:
    """«وقع ترامب إعلانا يعترف بسيادة إسرائيل … خلال استقباله نتنياهو»: Trump recognises Israel's
    sovereignty and receives Netanyahu."""
    doc = code(extractor, "وقع الرئيس الأمريكي دونالد ترامب، أمس، إعلانا رئاسيا يعترف بسيادة إسرائيل على الجولان، "
                          "وذلك خلال استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض.", "2019-03-26")
    support, visit = of_type(doc, "SUPPORT"), of_type(doc, "CONSULT")
    assert support and support[0].actor is not None and support[0].actor.country == "USA"
    assert support[0].recipient is not None and support[0].recipient.country == "ISR"
    assert visit and visit[0].actor is not None and visit[0].actor.name == "Donald Trump"
    assert visit[0].recipient is not None and visit[0].recipient.name == "Benjamin Netanyahu"


def test_participle_accuses_the_noun_after_it(extractor: Extractor) -> None:
    doc = code(extractor, "أعلن وزير الخارجية المغربي ناصر بوريطة قطع علاقات بلاده مع إيران، "
                          "متهما طهران بدعم البوليساريو.", "2018-05-01")
    accused = first(doc, "ACCUSE")
    assert accused.actor is not None and accused.actor.country == "MAR"
    assert accused.recipient is not None and accused.recipient.country == "IRN"


def test_protesters_closing_a_road_obstruct(extractor: Extractor) -> None:
    doc = code(extractor, "أغلق محتجون، مساء السبت، الطريق الرئيسي المؤدي إلى حقل الشرارة النفطي جنوب غرب ليبيا.")
    blocked = first(doc, "PROTEST")
    assert blocked.mode == "obstruct" and blocked.actor is not None
    assert blocked.actor.country == "LBY"


def test_an_outlet_acted_on_is_a_recipient_not_a_source(extractor: Extractor) -> None:
    doc = code(extractor, "أغلقت السلطات الإسرائيلية، الأحد، مكاتب قناة الجزيرة في القدس.", "2024-05-06")
    closed = first(doc, "COERCE")
    assert closed.recipient is not None and closed.recipient.name == "Al Jazeera"


def test_a_threat_to_attack_is_not_an_attack(extractor: Extractor) -> None:
    doc = code(extractor, "هدد الرئيس التركي، الأربعاء، بشن عملية عسكرية جديدة ضد المقاتلين الأكراد في سوريا.")
    assert of_type(doc, "THREATEN") and not of_type(doc, "ASSAULT")


def test_a_refused_national_proposal_is_addressed_to_its_state(extractor: Extractor) -> None:
    doc = code(extractor, "رفضت إثيوبيا أمس مقترحا سودانيا بتوسيع الوساطة في ملف سد النهضة.")
    refused = first(doc, "REJECT")
    assert refused.recipient is not None and refused.recipient.country == "SDN"


def test_a_match_report_is_not_an_attack(extractor: Extractor) -> None:
    doc = code(extractor, "قاد النجم المصري محمد صلاح هجوم فريقه ليفربول في المباراة التي انتهت بالتعادل.")
    assert not doc.events


def test_street_protests_and_their_reasons(extractor: Extractor) -> None:
    """«خرج آلاف المحتجين إلى شوارع بيروت» is a protest; «شهدت العاصمة … مظاهرات حاشدة رفضا
    للانقلاب» is one protest by the capital's people, and «رفضا» is its reason, not a rejection."""
    out = code(extractor, "خرج آلاف المحتجين إلى شوارع بيروت، الأحد، احتجاجا على تدهور الأوضاع المعيشية.")
    assert of_type(out, "PROTEST")
    saw = code(extractor, "شهدت العاصمة السودانية الخرطوم، الجمعة، مظاهرات حاشدة رفضا للانقلاب العسكري.")
    protest = of_type(saw, "PROTEST")
    assert protest and protest[0].actor is not None and protest[0].actor.sector == "CVL"
    assert not of_type(saw, "REJECT")


def test_a_visit_under_way_is_to_the_place_visited(extractor: Extractor) -> None:
    doc = code(extractor, "وصل وزير الخارجية الإيراني إلى بيروت في زيارة رسمية يلتقي خلالها المسؤولين اللبنانيين.",
               "2024-05-28")
    visit = first(doc, "CONSULT")
    assert visit.actor is not None and visit.actor.country == "IRN"
    assert visit.recipient is not None and visit.recipient.country == "LBN"


def test_may_and_ongoing_are_not_events(extractor: Extractor) -> None:
    may = code(extractor, "قد تلجأ الحكومة إلى فرض حظر التجول إذا استمرت الاضطرابات.")
    assert not of_type(may, "COERCE")
    ongoing = code(extractor, "يطالب المحتجون منذ أشهر بإصلاحات سياسية واقتصادية.")
    assert not of_type(ongoing, "REQUEST")


def test_agreeing_to_an_act_is_agree_and_convicted_is_not_condemned(extractor: Extractor) -> None:
    agreed = code(extractor, "وافقت الحكومة اليمنية على تبادل الأسرى مع الحوثيين.")
    assert of_type(agreed, "AGREE") and not of_type(agreed, "RETREAT")
    executed = code(extractor, "أعدمت السلطات الإيرانية متظاهرا أدين بقتل عنصر أمن.")
    assert not of_type(executed, "ACCUSE")


def test_his_country_is_the_speaker_s(extractor: Extractor) -> None:
    doc = code(extractor, "قال وزير الخارجية القطري إن بلاده تدين بشدة الهجوم الذي استهدف مسجدا في باكستان.")
    condemned = first(doc, "ACCUSE")
    assert condemned.actor is not None and condemned.actor.country == "QAT"


def test_a_rejected_foreign_proposal_and_a_vow_against_exercises(extractor: Extractor) -> None:
    rejected = of_type(code(extractor, "رفضت حركة حماس المقترح الإسرائيلي لوقف إطلاق النار."), "REJECT")
    assert rejected and rejected[0].recipient is not None and rejected[0].recipient.country == "ISR"
    vow = of_type(code(extractor, "هددت كوريا الشمالية بالرد على المناورات الأمريكية الكورية الجنوبية."), "THREATEN")
    assert vow and vow[0].recipient is not None and vow[0].recipient.country == "USA"


def test_gunfire_wounds_suicide_bombers_and_un_staff(extractor: Extractor) -> None:
    shot = of_type(code(extractor, "أصيب عشرات المتظاهرين برصاص قوات الأمن العراقية في الناصرية."), "ASSAULT")
    assert shot and shot[0].actor is not None and shot[0].actor.sector == "COP"
    assert shot[0].recipient is not None and shot[0].recipient.sector == "CVL"
    bomb = of_type(code(extractor, "فجر انتحاري نفسه في سوق مزدحم ببغداد، ما أسفر عن مقتل عشرين شخصا."), "ASSAULT")
    assert bomb and bomb[0].mode == "suicide-attack"
    assert bomb[0].recipient is None or bomb[0].recipient.sector != "GOV"
    taken = of_type(code(extractor, "اختطف مسلحون مجهولون موظفين أمميين في جنوب اليمن."), "ASSAULT")
    assert taken and taken[0].recipient is not None and taken[0].recipient.country == "UNO"


def test_the_cause_of_a_protest_was_done_by_the_one_protested_against(extractor: Extractor) -> None:
    doc = code(extractor, "استدعت وزارة الخارجية العراقية، الخميس، القائم بالأعمال التركي في بغداد، "
                          "غداة قصف مدفعي استهدف منتجعا سياحيا في دهوك.", "2022-07-21")
    shelling = of_type(doc, "ASSAULT")
    assert len(shelling) == 1 and shelling[0].actor is not None and shelling[0].actor.country == "TUR"


def test_what_a_decree_grants_is_done_by_its_issuer(extractor: Extractor) -> None:
    """«أن الرئيس أصدر المرسوم … القاضي بمنح عفو عام»: the issuer grants the amnesty; «للعام 2018»
    is the decree's number, not its date."""
    doc = code(extractor, "وأعلنت الرئاسة أن الرئيس السوري أصدر المرسوم رقم 7 للعام 2019 القاضي بمنح عفو عام "
                          "عن مرتكبي جرائم الفرار.")
    amnesty = first(doc, "CONCEDE")
    assert amnesty.actor is not None and (amnesty.actor.country, amnesty.actor.sector) == ("SYR", "GOV")
    assert amnesty.date == dt.date(2022, 1, 7)


def test_killed_by_a_strike_is_done_by_the_strike_s_owner(extractor: Extractor) -> None:
    """«أن القائد قتل بغارة للتحالف»: the strike's owner killed him."""
    doc = code(extractor, "أعلن التحالف العربي أمس بدء عملية عسكرية. وقالت مصادر يمنية إن القائد الحوثي "
                          "قتل بغارة للتحالف في صعدة.")
    killed = first(doc, "ASSAULT")
    assert killed.actor is not None and killed.actor.country == "SAU"


def test_a_visit_to_a_capital_has_its_state_as_host(extractor: Extractor) -> None:
    """«وصل الوزير إلى بيروت في زيارة»: where one went is the place visited; its state is the host."""
    doc = code(extractor, "وصل وزير الخارجية الأمريكي إلى بيروت أمس في زيارة رسمية.", "2023-04-15")
    visit = first(doc, "CONSULT")
    assert visit.actor is not None and visit.actor.country == "USA"
    assert visit.recipient is not None and visit.recipient.country == "LBN"
    assert visit.location is not None and visit.location.country == "LBN"


def test_the_host_s_guest_is_the_visitor_named_before(extractor: Extractor) -> None:
    """«واستقبل الرئيس الصيني ضيفه»: the guest is the visitor; «لولا» inside a name is no «if not»."""
    doc = code(extractor, "وصل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى بكين أمس في زيارة دولة. "
                          "واستقبل الرئيس الصيني شي جين بينغ ضيفه في قاعة كبرى.", "2023-04-15")
    visits = of_type(doc, "CONSULT")
    assert len(visits) == 1 and len(visits[0].evidence) == 2
    sides = {visits[0].actor.country, visits[0].recipient.country}  # type: ignore[union-attr]
    assert sides == {"BRA", "CHN"}


def test_cooperation_naming_an_agreement_is_no_event_of_its_own(extractor: Extractor) -> None:
    """«وقعت البرازيل والصين 15 اتفاقية تعاون»: the signing is the event; «تعاون» names the accords."""
    doc = code(extractor, "وقعت البرازيل والصين أمس 15 اتفاقية تعاون في مجالات التجارة والزراعة.", "2023-04-15")
    assert not of_type(doc, "COOPERATE")
    assert of_type(doc, "SUPPORT")


def test_a_condemnation_is_addressed_to_the_attacker_not_to_the_condemner(extractor: Extractor) -> None:
    """«ودانت بعثة الأمم المتحدة (يونامي) الهجوم، مؤكدة وقوفها إلى جانب العراق»: the acronym in
    brackets restates the subject, the participle after the comma opens a clause of its own, and
    the attack condemned is the armed group's."""
    doc = code(extractor, "قتل 13 عنصرا من الشرطة العراقية أمس إثر هجوم شنه مسلحون من تنظيم داعش. ودانت بعثة "
                          "الأمم المتحدة لمساعدة العراق (يونامي) الهجوم، مؤكدة وقوفها إلى جانب العراق.")
    condemned = first(doc, "ACCUSE")
    assert condemned.actor is not None and condemned.actor.org == "UNAMI"
    assert condemned.recipient is not None and condemned.recipient.org == "ISIS"


def test_a_nationality_on_the_condemned_act_names_its_author(extractor: Extractor) -> None:
    """«دانت الجامعة "العدوان الإسرائيلي"»: the adjective says whose act it was, whatever event was
    told before."""
    doc = code(extractor, "قصفت طائرات روسية مواقع في إدلب أمس. كما دانت جامعة الدول العربية \"العدوان "
                          "الإسرائيلي\" على جنين.")
    condemned = first(doc, "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.country == "ISR"


def test_what_one_owns_up_to_is_one_s_own_act(extractor: Extractor) -> None:
    """«اعترفت القوات المسلحة الإيرانية بإسقاط طائرة الركاب الأوكرانية»: Iran's forces downed it
    (the feminine «الأوكرانية» is the plane's, not the masculine «إسقاط»'s); «وقدم الرئيس حسن
    روحاني اعتذاره»: «his» apology is the subject's of «قدم», not the forces'."""
    doc = code(extractor, "اعترفت القوات المسلحة الإيرانية، السبت، بإسقاط طائرة الركاب الأوكرانية عن غير قصد، "
                          "وقدم الرئيس حسن روحاني اعتذاره.", "2020-01-11")
    downing = first(doc, "ASSAULT")
    assert downing.actor is not None and (downing.actor.country, downing.actor.sector) == ("IRN", "MIL")
    apology = first(doc, "CONCEDE")
    assert apology.actor is not None and apology.actor.name == "Hassan Rouhani"


def test_a_count_may_stand_between_a_verb_and_its_noun(extractor: Extractor) -> None:
    """«حشدت روسيا أكثر من مئة ألف جندي»: «أكثر من مئة ألف» counts the soldiers massed."""
    doc = code(extractor, "حشدت روسيا أكثر من مئة ألف جندي على الحدود الأوكرانية.")
    massing = first(doc, "MOBILIZE")
    assert massing.actor is not None and massing.actor.country == "RUS"


def test_two_ministries_are_no_visit(extractor: Extractor) -> None:
    """«نسقت وزارتا الداخلية العراقية والسورية»: «وزارتا» is a dual noun, not «و» + «زارتا»."""
    doc = code(extractor, "نسقت وزارتا الداخلية العراقية والسورية جهودهما لضبط الحدود.")
    assert not of_type(doc, "CONSULT")
    assert of_type(doc, "COOPERATE")


def test_a_welcome_of_a_decision_is_addressed_to_its_maker(extractor: Extractor) -> None:
    """«ورحب المجلس العسكري الحاكم في النيجر بالقرار، واعتبره …»: «الحاكم» is «ruling», the junta
    is Niger's («في النيجر»), the decision welcomed is France's, and «، واعتبره» opens a clause of
    its own (the state television there is no recipient)."""
    doc = code(extractor, "وقال ماكرون إن فرنسا تنهي تعاونها العسكري مع السلطات الحالية في نيامي. ورحب المجلس "
                          "العسكري الحاكم في النيجر بالقرار، واعتبره في بيان تلي عبر التلفزيون الرسمي خطوة جديدة.",
                "2023-09-25")
    ended = first(doc, "SANCTION")
    assert ended.recipient is not None and ended.recipient.country == "NER"  # not Macron: «السلطات» is no minister
    welcome = first(doc, "SUPPORT")
    assert welcome.actor is not None and (welcome.actor.country, welcome.actor.sector) == ("NER", "MIL")
    assert welcome.recipient is not None and welcome.recipient.country == "FRA"


def test_an_undated_sentence_takes_the_day_the_lead_tells(extractor: Extractor) -> None:
    """«أعلن الرئيس، مساء أمس الخميس، …» then, three sentences on, an event with no date of its
    own: it took place on the story's day (precision «story»), not on the day of publishing."""
    doc = code(extractor, "أعلن الرئيس الفرنسي، مساء أمس الخميس، سحب السفير من النيجر. وأضاف أن القرار نهائي. "
                          "وتابع أن الحكومة ستدرس الخطوات المقبلة. وقال وزير الخارجية إن فرنسا تنهي تعاونها "
                          "العسكري مع السلطات في نيامي.")
    ended = [e for e in of_type(doc, "SANCTION") if e.mode == "discontinue"]
    assert ended and ended[0].date == dt.date(2022, 1, 6) and ended[0].date_precision == "story"


def test_a_withdrawal_is_from_the_state_left(extractor: Extractor) -> None:
    """«سحب السفير والقوات الفرنسية من النيجر»: the recipient is Niger, not the French troops."""
    doc = code(extractor, "أعلنت فرنسا أمس سحب السفير والقوات الفرنسية من النيجر.")
    withdrawal = first(doc, "SANCTION")
    assert withdrawal.recipient is not None and withdrawal.recipient.country == "NER"


def test_the_object_of_an_expulsion_comes_before_a_later_prepositional_phrase(extractor: Extractor) -> None:
    """«قررت طرد ثلاثين دبلوماسيا روسيا "لأسباب تتعلق بالأمن القومي"»: the Russians are expelled,
    not «الأمن» (security) named in the reason; «استيلاء الجيش على السلطة»: the army seizes."""
    doc = code(extractor, "وقال الوزير الإيطالي إن بلاده قررت طرد ثلاثين دبلوماسيا روسيا "
                          "\"لأسباب تتعلق بالأمن القومي\".")
    expelled = first(doc, "SANCTION")
    assert expelled.recipient is not None and expelled.recipient.country == "RUS"
    doc = code(extractor, "لوح الاتحاد الأوروبي بعقوبات في السودان عقب استيلاء الجيش على السلطة.")
    seized = first(doc, "COERCE")
    assert seized.actor is not None and seized.actor.sector == "MIL"


def test_a_title_with_its_complement_and_then_a_name_is_one_person(extractor: Extractor) -> None:
    """«المفوضة السامية للأمم المتحدة لحقوق الإنسان ميشيل باشليه»: the name after the title's
    «لـ» complement is the holder of the title, not the one criticized."""
    doc = code(extractor, "وانتقدت المفوضة السامية للأمم المتحدة لحقوق الإنسان ميشيل باشليه قمع الاحتجاجات.")
    criticism = first(doc, "ACCUSE")
    assert criticism.actor is not None and criticism.actor.name == "Michelle Bachelet"
    assert criticism.recipient is None or criticism.recipient.name != "Michelle Bachelet"


def test_a_bracketed_acronym_and_a_joined_subject_are_no_recipients(extractor: Extractor) -> None:
    """«ودانت بعثة … في الصومال (أتميس) والولايات المتحدة الهجوم الذي شنته حركة الشباب»: the
    acronym glosses the mission, the United States condemn too; what is condemned is the attack
    of al-Shabaab."""
    doc = code(extractor, "وانتقدت بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس) والولايات المتحدة "
                          "الهجوم الذي شنته حركة الشباب على فندق في مقديشو.")
    condemnation = first(doc, "ACCUSE")
    assert condemnation.recipient is not None and condemnation.recipient.name == "al-Shabaab"


def test_two_joined_signers_are_each_others_partners(extractor: Extractor) -> None:
    """«وقعت البرازيل والصين اتفاقية»: a joint act; the second subject stays the recipient."""
    doc = code(extractor, "وقعت البرازيل والصين أمس اتفاقية تعاون في مجال الزراعة.")
    assert any(e.recipient is not None and e.recipient.country in ("CHN", "BRA") for e in doc.events)


def test_the_speakers_own_state_after_that_is_not_threatened(extractor: Extractor) -> None:
    """«وهدد المتحدث الإيراني بأن طهران سترد»: Tehran is the subject of what is said, the
    threatener's own side; a foreign state there is still addressed («بأن إسرائيل توقف»)."""
    doc = code(extractor, "وهدد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بأن طهران سترد بحزم على أي اعتداء.")
    threat = first(doc, "THREATEN")
    assert threat.recipient is None or threat.recipient.country != "IRN"
    doc = code(extractor, "وطالبت الحكومة الأردنية بأن إسرائيل توقف الاستيطان.")
    demand = first(doc, "REQUEST")
    assert demand.recipient is not None and demand.recipient.country == "ISR"


def test_fighters_in_the_north_of_a_country_are_of_it(extractor: Extractor) -> None:
    """«المسلحين الأكراد في شمال العراق»: «في شمال» places them in Iraq, past the word «الأكراد»."""
    doc = code(extractor, "توعد وزير الدفاع التركي بملاحقة المسلحين الأكراد في شمال العراق.")
    threat = first(doc, "THREATEN")
    assert threat.recipient is not None and threat.recipient.country == "IRQ"


def test_a_reaction_to_the_step_just_told_is_addressed_to_its_doer(extractor: Extractor) -> None:
    """«أعلنت كندا الاعتراف بدولة فلسطين، في خطوة رحبت بها السلطة الفلسطينية ونددت بها إسرائيل»."""
    doc = code(extractor, "اعترفت كندا رسميا بدولة فلسطين أمس، في خطوة نددت بها إسرائيل.")
    condemned = first(doc, "ACCUSE")
    assert condemned.actor is not None and condemned.actor.country == "ISR"
    assert condemned.recipient is not None and condemned.recipient.country == "CAN"


def test_a_killing_with_no_killer_named_is_the_weapon_s_state(extractor: Extractor) -> None:
    """«قتل خمسة أشخاص عندما أصاب صاروخ باليستي روسي مبنى سكنيا»: the Russian missile killed them."""
    doc = code(extractor, "قتل خمسة أشخاص مساء الثلاثاء عندما أصاب صاروخ باليستي روسي مبنى سكنيا في مدينة خاركيف.")
    killing = first(doc, "ASSAULT")
    assert killing.actor is not None and (killing.actor.country, killing.actor.sector) == ("RUS", "MIL")


def test_a_condemned_attack_named_by_its_place_is_that_place_s_attack(extractor: Extractor) -> None:
    """«دان الهجوم على خاركيف» after two strikes: the one on Kharkiv, not the latest told."""
    doc = code(extractor, "قصفت روسيا مدينة خاركيف أمس. وقصفت أوكرانيا مدينة بيلغورود. ودان الأمين العام للأمم "
                          "المتحدة الهجوم على خاركيف.")
    condemned = first(doc, "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.country == "RUS"


def test_a_list_of_countries_does_not_move_the_story(extractor: Extractor) -> None:
    """«… بينهم مواطنون من سريلانكا وتايلاند والهند» in a story from Myanmar: the junta the next
    sentence names without a country is still Myanmar's."""
    doc = code(extractor, "أعلن المجلس العسكري الحاكم في ميانمار العفو عن 2153 سجينا. كما أعلن المجلس ترحيل 98 "
                          "أجنبيا، بينهم مواطنون من سريلانكا وتايلاند والهند. كما دعا مكتب الأمم المتحدة لحقوق "
                          "الإنسان المجلس العسكري إلى وقف الاعتقالات التعسفية.")
    call = first(doc, "REQUEST")
    assert call.recipient is not None and call.recipient.country == "MMR"


def test_what_a_joined_verb_of_discussion_discusses_is_no_one_met(extractor: Extractor) -> None:
    """«التقى الرئيس المبعوث الأممي، وبحث آلية تنفيذ قرار مجلس الأمن»: the Security Council is
    what the resolution is of, not a party to the talks."""
    doc = code(extractor, "التقى الرئيس اليمني المبعوث الأممي أمس، وبحث آلية تنفيذ قرار مجلس الأمن الدولي 2216.",
               "2015-07-27")
    assert not [e for e in of_type(doc, "CONSULT") if e.recipient is not None
                and e.recipient.name == "UN Security Council"]


def test_a_truce_between_a_plural_group_is_that_group_s(extractor: Extractor) -> None:
    """«أعلنت الأمم المتحدة … هدنة بين الميليشيات المتحاربة»: the militias agreed the truce; the UN
    only announced it. «بين البلدين» keeps its two sides."""
    doc = code(extractor, "أعلنت الأمم المتحدة أنه تم الاتفاق على هدنة بين الميليشيات المتحاربة في العاصمة الليبية.")
    truce = first(doc, "RETREAT")
    assert truce.actor is not None and (truce.actor.country, truce.actor.sector) == ("LBY", "REB")
    doc = code(extractor, "التقى وزير الخارجية المصري نظيره اليوناني في القاهرة. واتفق الوزيران على عقد جولة "
                          "جديدة من المشاورات السياسية بين البلدين.")
    assert all(e.actor is None or e.recipient is None or e.actor.country != e.recipient.country
               for e in of_type(doc, "CONSULT"))


def test_a_retreat_announced_for_the_future_is_a_concession(extractor: Extractor) -> None:
    """PLOVER: «announced … would withdraw troops» is CONCEDE; so is lifting a curfew."""
    doc = code(extractor, "أعلن البيت الأبيض أن الولايات المتحدة ستبدأ سحب قواتها من سوريا.")
    assert first(doc, "CONCEDE").recipient is not None
    assert not of_type(doc, "RETREAT")
    doc = code(extractor, "رفعت السلطات العراقية أمس حظر التجول الذي فرضته على العاصمة بغداد.")
    assert of_type(doc, "CONCEDE") and not of_type(doc, "RETREAT")

def test_verbal_noun_governed_by_a_future_verb_is_a_plan(extractor: Extractor) -> None:
    """«ستبدأ سحب قواتها», «ستقدم دعما»: the verb of happening that governs the noun is future
    (or subjunctive after «أن»), so the act is a plan — a commitment (AGREE) for support, a
    concession (CONCEDE) for a withdrawal — not a withdrawal or aid that happened; told in the
    past, the same words report the act."""
    doc = code(extractor, "أعلنت الحكومة الكندية أنها ستبدأ سحب قواتها من مالي.")
    assert not of_type(doc, "RETREAT")
    assert of_type(doc, "CONCEDE")
    doc = code(extractor, "قررت الحكومة الكندية أن تبدأ سحب قواتها من مالي.")
    assert not of_type(doc, "RETREAT")
    doc = code(extractor, "قال الوزير إن بلاده ستقدم دعما ماليا للأردن.")
    assert not of_type(doc, "SUPPORT")
    done = code(extractor, "بدأت القوات الكندية سحب قواتها من مالي أمس.")
    assert first(done, "RETREAT").actor is not None
    assert of_type(code(extractor, "قدمت اليابان دعما ماليا للأردن أمس."), "AID")  # financial support given is aid


def test_event_noun_named_as_a_means_is_no_report(extractor: Extractor) -> None:
    """«من خلال العقوبات التي تفرضها», «بجهود الوساطة التي تقودها»: a policy named as a means or
    an effort and described by an imperfect relative clause is talked about, not told as done."""
    doc = code(extractor, "اتهمت كوبا واشنطن بخنق اقتصادها من خلال العقوبات التي تفرضها على هافانا.")
    assert not of_type(doc, "SANCTION")
    assert of_type(doc, "ACCUSE")
    doc = code(extractor, "أشادت تركيا بجهود الوساطة التي تقودها سلطنة عمان بين الطرفين.")
    assert not of_type(doc, "CONSULT")
    assert of_type(doc, "SUPPORT")
    done = code(extractor, "فرضت الولايات المتحدة عقوبات على كوبا أمس.")
    assert first(done, "SANCTION").actor is not None


def test_acknowledging_a_fact_is_no_approval(extractor: Extractor) -> None:
    """«أقر الوزير بأن …»: «أقر» with a clause after «بأن» acknowledges a fact (the act in the
    clause is coded); with a noun object it adopts or approves it."""
    doc = code(extractor, "وأقر وزير الداخلية التونسي أمس بأن الشرطة اعتقلت عشرين طالبا.")
    assert not of_type(doc, "SUPPORT")
    assert of_type(doc, "COERCE")
    approved = code(extractor, "أقر البرلمان التونسي الاتفاقية أمس.")
    assert of_type(approved, "SUPPORT")


def test_past_verb_after_an_indefinite_noun_in_a_phrase_describes_it(extractor: Extractor) -> None:
    """«وسط هدوء حذر ساد …»: after an indefinite noun governed by a preposition, a verb form
    («حذر», also "cautious") is an adjectival clause or adjective, not a warning; an indefinite
    subject opening its clause still acts («مسلحون هاجموا …»)."""
    doc = code(extractor, "انتهت الانتخابات في الإقليم أمس وسط هدوء حذر ساد معظم المدن.")
    assert not of_type(doc, "THREATEN")
    attack = code(extractor, "مسلحون هاجموا مركزا للشرطة في قندهار أمس.")
    assert of_type(attack, "ASSAULT")
    warned = code(extractor, "حذر الجيش الباكستاني أمس من هجمات جديدة.")
    assert of_type(warned, "THREATEN")


def test_solidarity_as_a_reason_is_no_act(extractor: Extractor) -> None:
    """«…، تضامنا مع الأسرى»: the accusative verbal noun of «تضامن» (its «ـنا» is no «our») gives
    the reason of the sit-in; the verb «تضامن» still reports solidarity."""
    doc = code(extractor, "نظم مئات الطلاب وقفة أمام مقر البرلمان في عمان، تضامنا مع الأسرى.")
    assert of_type(doc, "PROTEST")
    assert not of_type(doc, "SUPPORT")
    done = code(extractor, "تضامن الاتحاد الأفريقي مع السودان أمس.")
    assert of_type(done, "SUPPORT")


def test_what_someone_must_do_is_not_done(extractor: Extractor) -> None:
    """«إن على دمشق وقف دعمها …»: an obligation (cue list ``obligation``), no aid told; the
    same speaker reporting the aid as given is an event."""
    doc = code(extractor, "وقال الوزير الفرنسي إن على دمشق وقف دعمها العسكري للميليشيات فورا.")
    assert not doc.events
    told = code(extractor, "وقال الوزير الفرنسي إن دمشق قدمت دعما للميليشيات.")
    assert of_type(told, "SUPPORT")


def test_what_a_claim_says_is_not_an_event(extractor: Extractor) -> None:
    """«رفض الاتهامات بأن بلاده تدعم المتمردين»: the «أن» clause after a noun of claiming (cue
    list ``claims``) is the claim; the rejection is the event. Said outright, the support is coded."""
    doc = code(extractor, "ورفض وزير الخارجية الإثيوبي الاتهامات بأن بلاده تدعم المتمردين.")
    assert of_type(doc, "REJECT")
    assert not of_type(doc, "SUPPORT")
    said = code(extractor, "وقال وزير الخارجية الإثيوبي إن بلاده تدعم المتمردين.")
    assert of_type(said, "SUPPORT")


def test_denied_responsibility_is_no_act_of_the_denier(extractor: Extractor) -> None:
    """«نفى الجيش مسؤوليته عن قصف المستشفى»: the army denies doing it; claiming it
    («أعلن التنظيم مسؤوليته عن الهجوم») still makes the claimant the attacker."""
    doc = code(extractor, "ونفى الجيش السوداني مسؤوليته عن قصف السوق في الفاشر.")
    assert not of_type(doc, "ASSAULT")
    claimed = code(extractor, "وأعلن تنظيم داعش مسؤوليته عن الهجوم على السوق في الفاشر.")
    assert of_type(claimed, "ASSAULT")


def test_protesters_before_a_building_are_their_own_subject(extractor: Extractor) -> None:
    """«وتظاهر أقاربهم أمام مركز الشرطة»: the relatives protest (roles «أقارب», «ذوو»); a noun
    after «أمام»/«خارج» (cue list ``locatives``) is where, not who, and an unknown noun between
    the verb and «خارج» is its own subject, so the jailer of the sentence before is no protester."""
    doc = code(extractor, "اعتقلت الشرطة المصرية عشرة ناشطين. وتظاهر أقاربهم أمام مركز الشرطة.")
    protest = first(doc, "PROTEST")
    assert protest.actor is not None and protest.actor.sector == "CVL"
    sit_in = code(extractor, "اعتقلت السلطات الإيرانية صحفيا. واعتصم زملاؤه خارج مقر وزارة الداخلية.")
    assert first(sit_in, "PROTEST").actor is not None and first(sit_in, "PROTEST").actor.sector == "CVL"
    embassy = code(extractor, "اعتقلت الشرطة المصرية عشرة ناشطين. وتظاهر المئات أمام السفارة الأمريكية.")
    assert first(embassy, "PROTEST").actor is not None and first(embassy, "PROTEST").actor.country == "EGY"


def test_a_body_of_an_organisation_acts_for_it(extractor: Extractor) -> None:
    """«وافق المجلس التنفيذي لصندوق النقد الدولي على صرف …»: unknown definite words then «لـ» and
    an organisation name its body, so the fund agrees; and what it agreed «على» to do («وافق» in
    cue list ``decisions``) it does: the fund disburses to Tunisia."""
    doc = code(extractor, "وافق المجلس التنفيذي لصندوق النقد الدولي على صرف شريحة بقيمة مليار دولار لتونس.")
    agree = first(doc, "AGREE")
    assert agree.actor is not None and agree.actor.org == "IMF"
    aid = first(doc, "AID")
    assert aid.actor is not None and aid.actor.org == "IMF"
    assert aid.recipient is not None and aid.recipient.country == "TUN"


def test_a_protest_at_an_embassy_targets_its_state(extractor: Extractor) -> None:
    """«تظاهر المئات أمام السفارة الأمريكية في القاهرة»: the protest is against the US."""
    doc = code(extractor, "تظاهر المئات أمام السفارة الأمريكية في القاهرة أمس احتجاجا على القرار.")
    protest = first(doc, "PROTEST")
    assert protest.recipient is not None and protest.recipient.country == "USA"
    assert protest.actor is not None and protest.actor.country == "EGY"

def test_a_mediator_is_no_party(extractor: Extractor) -> None:
    """«موافقتهما على هدنة بوساطة مصرية سعودية»: the states after a word of mediation (cue list
    ``mediation``) broker the truce; the other side of the agreement is the joined subject."""
    doc = code(extractor, "أعلن الجيش الليبي وقوات حفتر موافقتهما على هدنة بوساطة مصرية سعودية.")
    agreed = first(doc, "AGREE")
    assert agreed.recipient is not None and agreed.recipient.country == "LBY"


def test_an_attacked_object_carries_its_nationality(extractor: Extractor) -> None:
    """«هاجم الحوثيون سفينة تجارية يونانية»: the ship (cue list ``target_objects``) is Greek, so
    Greece is hit; planes named as the attackers («قصفت طائرات أمريكية») stay the actor's."""
    doc = code(extractor, "هاجم الحوثيون سفينة تجارية يونانية في البحر الأحمر.")
    attack = first(doc, "ASSAULT")
    assert attack.recipient is not None and attack.recipient.country == "GRC"
    struck = first(code(extractor, "قصفت طائرات أمريكية مواقع في سوريا."), "ASSAULT")
    assert struck.recipient is None or struck.recipient.country != "USA"


def test_a_mutual_act_goes_to_the_other_side(extractor: Extractor) -> None:
    """«تبادلت إثيوبيا وإريتريا الاتهامات» (cue list ``mutual``): each accuses the other; after
    «اشتباكات بين X وY»، «وسط تبادل للاتهامات» is between the two sides told."""
    doc = code(extractor, "تبادلت إثيوبيا وإريتريا الاتهامات بخرق الهدنة.")
    accused = first(doc, "ACCUSE")
    assert accused.recipient is not None and accused.recipient.country == "ERI"
    clash = code(extractor, "اندلعت أمس اشتباكات بين الجيش الإثيوبي والقوات الإريترية، وسط تبادل للاتهامات.")
    mutual = first(clash, "ACCUSE")
    assert mutual.recipient is not None and mutual.recipient.country in ("ETH", "ERI")


def test_an_unknown_movement_joined_to_a_party(extractor: Extractor) -> None:
    """«اتفقت الحكومة التشادية والجبهة الوطنية»: a movement head (cue list ``rebel_heads``) the
    knowledge base does not know, joined to the actor of a joint act, is its rebel other side."""
    doc = code(extractor, "اتفقت الحكومة التشادية والجبهة الوطنية أمس على وقف القتال.")
    agreed = first(doc, "AGREE")
    assert agreed.recipient is not None and agreed.recipient.country == "TCD"
    assert agreed.recipient.sector == "REB"


def test_a_demanded_departure_names_the_target(extractor: Extractor) -> None:
    """«كما طالبت بانسحاب القوات الروسية» (cue list ``departures``): the forces asked to leave
    are the demand's target, not its maker (the subject dropped after «كما»)."""
    doc = code(extractor, "ودعت الخارجية الفرنسية إلى وقف القتال، كما طالبت بانسحاب القوات الروسية من المنطقة.")
    demands = of_type(doc, "REQUEST")
    assert any(e.recipient is not None and e.recipient.country == "RUS" for e in demands)
    assert not any(e.actor is not None and e.actor.country == "RUS" for e in demands)


def test_the_attack_condemned_is_the_one_named_alike(extractor: Extractor) -> None:
    """«ودانت البعثة الهجوم» after «هجوم شنه مسلحون من داعش» and then «غارات عراقية»: the attack
    condemned is the one called an attack, not the raids told since."""
    doc = code(extractor, "قتل عشرة من الشرطة العراقية أمس إثر هجوم شنه مسلحون من تنظيم داعش. وشنت طائرات حربية "
                          "عراقية غارات على مخابئ للتنظيم. ودانت الأمم المتحدة الهجوم.")
    condemned = first(doc, "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.org == "ISIS"


def test_a_declared_ceasefire_is_a_concession(extractor: Extractor) -> None:
    """PLOVER: «declarations (but not implementations) of ceasefires» are CONCEDE; «وقفا فوريا
    وأحادي الجانب لإطلاق النار» is a declared halt too."""
    doc = code(extractor, "أعلنت الحكومة الإثيوبية مساء أمس وقفا فوريا وأحادي الجانب لإطلاق النار في إقليم تيغراي.")
    declared = first(doc, "CONCEDE")
    assert declared.actor is not None and declared.actor.country == "ETH"
    doc = code(extractor, "دخل وقف إطلاق النار بين الجيش والمتمردين حيز التنفيذ صباح اليوم.")
    assert of_type(doc, "RETREAT")

def test_gapped_phrase_skips_an_adjective_of_its_subject(extractor: Extractor) -> None:
    """«قطع محتجون غاضبون الطريق»: the verb-initial phrase «قطع الطريق» spans its subject and the
    adjective agreeing with it; a road named in another clause is no blockade."""
    doc = code(extractor, "قطع محتجون غاضبون الطريق الرئيسي في بغداد أمس.")
    assert first(doc, "PROTEST").mode == "obstruct"
    other = code(extractor, "قطع الرئيس زيارته إلى بغداد أمس، وقال إن الطريق مفتوح.")
    assert not of_type(other, "PROTEST")


def test_second_joined_noun_shares_the_verb_of_the_first(extractor: Extractor) -> None:
    """«أعربت عن رفضها واستهجانها»: the verb of saying that governs the first noun governs the
    second joined by «و»; the same nouns as the subject of a clause report nothing."""
    doc = code(extractor, "أعربت الخارجية المصرية عن رفضها واستهجانها للقرار الإسرائيلي.")
    assert first(doc, "REJECT").actor is not None
    assert first(doc, "ACCUSE").actor is not None and first(doc, "ACCUSE").actor.country == "EGY"
    other = code(extractor, "وقالت الوزارة إن رفضها واستهجانها للقرار معروفان.")
    assert not of_type(other, "ACCUSE")


def test_verbs_that_govern_an_event_noun(extractor: Extractor) -> None:
    """«استكمل الجيش انسحابه», «افتتحت الإمارات مستشفى ميدانيا»: verbs of happening (cue list
    ``support_verbs``) that tell the noun after them as done; negated, they tell nothing."""
    doc = code(extractor, "استكمل الجيش الأمريكي أمس انسحابه من أفغانستان.")
    assert first(doc, "RETREAT").actor is not None
    assert of_type(code(extractor, "افتتحت الإمارات مستشفى ميدانيا في غزة أمس."), "AID")
    other = code(extractor, "لم يستكمل الجيش الأمريكي انسحابه من أفغانستان بعد.")
    assert not of_type(other, "RETREAT")


def test_time_adverbial_between_verb_and_noun(extractor: Extractor) -> None:
    """«شن الطيران، بعد ظهر اليوم، غارات»: a preposition opening a date (cue list ``time_preps``)
    stands in the gap like the date; the same gap under negation tells no strike."""
    doc = code(extractor, "شن الطيران الحربي الإسرائيلي، بعد ظهر اليوم، غارات على بلدات كفركلا والخيام.")
    strike = first(doc, "ASSAULT")
    assert strike.actor is not None and strike.actor.country == "ISR"
    other = code(extractor, "لم يشن الطيران الحربي الإسرائيلي، بعد ظهر اليوم، غارات على البلدة.")
    assert not of_type(other, "ASSAULT")


def test_telephoned_counterpart(extractor: Extractor) -> None:
    """«هاتف الرئيس نظيره»: «هاتف» opens a phone-call phrase around its subject; the noun «هاتفه»
    (his phone) next to a counterpart is no call."""
    doc = code(extractor, "هاتف الرئيس الفرنسي نظيره المصري أمس.")
    call = first(doc, "CONSULT")
    assert call.recipient is not None and call.recipient.country == "EGY"
    other = code(extractor, "نشر الرئيس الفرنسي صورة هاتفه مع نظيره المصري.")
    assert not of_type(other, "CONSULT")


def test_bare_verb_after_a_definite_event_noun_is_a_predicate(extractor: Extractor) -> None:
    """«دان الاتحاد الهجوم على السفارة وطالب السلطات»: a bare verb form joined by «و» to a noun
    with the article opens a predicate of its own (not the noun «مطالبة» paired with «الهجوم»,
    blocked with it as what is condemned); negated, it tells no demand."""
    doc = code(extractor, "دان الاتحاد الأوروبي الهجوم على السفارة وطالب السلطات الليبية بحماية البعثات.")
    assert of_type(doc, "ACCUSE") and of_type(doc, "REQUEST")
    other = code(extractor, "دان الاتحاد الأوروبي الهجوم على السفارة ولم يطالب السلطات الليبية بشيء.")
    assert not of_type(other, "REQUEST")


def test_counted_missiles_fired(extractor: Extractor) -> None:
    """«أطلق حزب الله … أكثر من مئة صاروخ»: the singular after a number completes «أطلق صاروخ»
    across the subject, the date and the count; balloons fired are no attack."""
    doc = code(extractor, "أطلق حزب الله اللبناني، اليوم الخميس، أكثر من مئة صاروخ باتجاه شمال إسرائيل.")
    attack = first(doc, "ASSAULT")
    assert attack.actor is not None and attack.actor.country == "LBN"
    other = code(extractor, "أطلق الناشطون اللبنانيون، اليوم الخميس، أكثر من مئة بالون ملون في بيروت.")
    assert not of_type(other, "ASSAULT")


def test_aside_and_region_between_verb_and_noun(extractor: Extractor) -> None:
    """«شهدت عدة مدن في جنوب البلاد، بينها أياكوتشو وأريكيبا، مواجهات»: a region («جنوب البلاد»,
    cue list ``support_gap``) and an aside naming members (cue list ``asides``) stand between the
    verb of happening and its noun; with no such verb the noun tells nothing."""
    doc = code(extractor, "وشهدت عدة مدن في جنوب البلاد، بينها أياكوتشو وأريكيبا، مواجهات بين قوات الأمن ومحتجين.")
    assert of_type(doc, "ASSAULT")
    other = code(extractor, "وقال الوزير إن عدة مدن في جنوب البلاد، بينها أياكوتشو وأريكيبا، مواجهات قديمة.")
    assert not of_type(other, "ASSAULT")


def test_country_joined_by_wa_is_no_nisba(extractor: Extractor) -> None:
    """«فرنسا وألمانيا»: «وألمانيا» is «و» + the country, not «و» + «ال» + the accusative nisba
    «مانيا», so both countries act; the adjective «الألمانية» stays an adjective."""
    doc = code(extractor, "أعلنت فرنسا وألمانيا طرد دبلوماسيين روس.")
    assert {e.actor.country for e in of_type(doc, "SANCTION") if e.actor} == {"FRA", "DEU"}
    other = code(extractor, "أعلنت فرنسا والحكومة الألمانية طرد دبلوماسيين روس.")
    assert {e.actor.country for e in of_type(other, "SANCTION") if e.actor} <= {"FRA", "DEU"}


def test_joined_verb_keeps_the_subject_before_a_crowd_object(extractor: Extractor) -> None:
    """«اقتحمت الشرطة الأقصى واعتقلت عشرات المصلين»: the «و»-joined verb shares the police as
    subject; the worshippers are its object, not the subject of a passive. After a comma it may
    be a passive of its own, and no police arrest is read."""
    doc = code(extractor, "اقتحمت الشرطة الإسرائيلية المسجد الأقصى واعتقلت عشرات المصلين.")
    arrest = first(doc, "COERCE") if first(doc, "COERCE").mode == "arrest" else of_type(doc, "COERCE")[1]
    assert arrest.actor is not None and arrest.actor.sector == "COP"
    other = code(extractor, "اقتحمت الشرطة الإسرائيلية المسجد الأقصى، واعتقل عشرات المصلين.")
    assert all(e.actor is None or e.actor.sector != "COP" for e in of_type(other, "COERCE") if e.mode == "arrest")


def test_sides_named_through_their_delegations(extractor: Extractor) -> None:
    """«مشاورات بين وفدي الحكومة اليمنية وجماعة الحوثي»: the delegations (cue list ``side_heads``)
    stand before the two sides; a venue after «بين» names no side."""
    doc = code(extractor, "انطلقت في السويد، الخميس، مشاورات السلام بين وفدي الحكومة اليمنية وجماعة الحوثي.")
    talks = first(doc, "CONSULT")
    assert talks.actor is not None and talks.actor.sector == "GOV"
    assert talks.recipient is not None and talks.recipient.sector == "REB"
    other = code(extractor, "انطلقت، الخميس، مشاورات السلام بين جدران قصر في ستوكهولم.")
    assert all(e.actor is None for e in of_type(other, "CONSULT"))


def test_intended_cooperative_act_is_an_agreement(extractor: Extractor) -> None:
    """«يعتزم الرئيس الإيراني زيارة العراق», «قررت المغرب وإسبانيا عقد اجتماع»: a verb of intending
    or deciding (cue list ``intentions``) makes the visit or meeting planned, a PLOVER AGREE; an
    intended attack stays a forecast and codes nothing."""
    doc = code(extractor, "يعتزم الرئيس الإيراني زيارة العراق خلال الأيام المقبلة.")
    assert first(doc, "AGREE").actor is not None and not of_type(doc, "CONSULT")
    meeting = code(extractor, "قررت المغرب وإسبانيا عقد اجتماع في الرباط.")
    assert first(meeting, "AGREE").actor is not None and not of_type(meeting, "CONSULT")
    attack = code(extractor, "يعتزم الجيش شن هجوم على المدينة.")
    assert not of_type(attack, "ASSAULT") and not of_type(attack, "AGREE")


def test_qad_before_a_past_verb_asserts_it(extractor: Extractor) -> None:
    """«وقد نسق الجيش اللبناني مع الجيش السوري»: «قد» before a past verb asserts it; before a
    present verb («قد ينسق») it is «may», and after «كان» it tells background."""
    doc = code(extractor, "وقد نسق الجيش اللبناني مع الجيش السوري.")
    assert first(doc, "COOPERATE").recipient is not None
    assert not of_type(code(extractor, "قد ينسق الجيش اللبناني مع الجيش السوري."), "COOPERATE")
    assert not of_type(code(extractor, "وكان الجيش اللبناني قد نسق مع الجيش السوري."), "COOPERATE")


def test_dual_institution_with_two_nisbas_names_both_sides(extractor: Extractor) -> None:
    """«أجرى الجيشان الباكستاني والصيني مناورات جوية مشتركة»: the dual names two armies, one
    by each nisba, as «الرئيسان المصري والتركي» does; an extradition told by «بتسليم المتهم»
    is a cooperation too."""
    doc = code(extractor, "أجرى الجيشان الباكستاني والصيني مناورات جوية مشتركة.")
    drill = first(doc, "COOPERATE")
    assert drill.actor is not None and drill.actor.country == "PAK"
    assert drill.recipient is not None and drill.recipient.country == "CHN"
    handover = code(extractor, "قامت الشرطة الفرنسية بتسليم المتهم إلى السلطات المغربية.")
    assert first(handover, "COOPERATE").actor is not None

def test_sum_or_goods_given_are_aid(extractor: Extractor) -> None:
    """«خصصت الكويت 5 ملايين دولار»: a sum (cue list ``gifts``) is aid as the object of a verb of
    giving (``giving_verbs``); «بلغت الخسائر مليون دولار» gives nothing."""
    doc = code(extractor, "خصصت الكويت 5 ملايين دولار لدعم اللاجئين السوريين في لبنان.")
    aid = first(doc, "AID")
    assert aid.actor is not None and aid.actor.country == "KWT"
    goods = code(extractor, "قدمت اليونيسف خياما وبطانيات للنازحين في إدلب.")
    assert first(goods, "AID").actor is not None
    assert not of_type(code(extractor, "بلغت خسائر الشركة مليون دولار."), "AID")


def test_listing_on_a_blacklist_is_a_sanction(extractor: Extractor) -> None:
    """«أدرجت السعودية 10 أفراد على قائمة الإرهاب»: a verb of listing before a blacklist (cue
    lists ``listing_verbs``, ``blacklists``) is a sanction; on an agenda it is none."""
    doc = code(extractor, "أدرجت الولايات المتحدة الحوثيين على قائمة المنظمات الإرهابية.")
    listed = first(doc, "SANCTION")
    assert listed.actor is not None and listed.actor.country == "USA"
    assert first(code(extractor, "صنفت بريطانيا حركة حماس منظمة إرهابية."), "SANCTION")
    assert not of_type(code(extractor, "أدرج البرلمان مشروع القانون على جدول أعماله."), "SANCTION")

def test_condemned_strike_is_addressed_to_its_doer_not_its_target(extractor: Extractor) -> None:
    """«دانت مصر بأشد العبارات الغارة الإسرائيلية على مدرسة»: the condemnation is addressed to
    whoever struck (the adjective on the act), never to what the act struck after «على»; with no
    doer named («التفجير الذي استهدف موكب وزير») there is no recipient."""
    doc = code(extractor, "دانت مصر بأشد العبارات الغارة الإسرائيلية على مدرسة تؤوي نازحين في غزة.")
    assert first(doc, "ACCUSE").recipient is not None and first(doc, "ACCUSE").recipient.country == "ISR"
    other = code(extractor, "دان العراق الضربات الأمريكية على مواقع الحشد الشعبي في القائم.")
    assert first(other, "ACCUSE").recipient is not None and first(other, "ACCUSE").recipient.country == "USA"
    unknown = code(extractor, "دانت الكويت التفجير الذي استهدف موكب وزير في الصومال.")
    assert first(unknown, "ACCUSE").recipient is None


def test_victims_before_a_strike_in_a_prepositional_phrase_are_not_its_doers(extractor: Extractor) -> None:
    """«قتل ستة مدنيين … في قصف صاروخي روسي»: the strike noun after «في» has no subject before
    it; the victims were struck, the adjective names who struck."""
    doc = code(extractor, "قتل ستة مدنيين وأصيب 25 آخرون في قصف صاروخي روسي استهدف مدينة خاركيف "
                          "شرقي أوكرانيا ليلة الخميس.")
    strikes = of_type(doc, "ASSAULT")
    assert strikes and all(e.actor is not None and e.actor.country == "RUS" for e in strikes)


def test_dateline_date_gives_way_to_the_date_the_sentence_tells(extractor: Extractor) -> None:
    """«بغداد، 10 مايو 2024 - قتل … مساء الخميس»: the dateline tells when the wire was filed; the
    weekday dates the blast, so the explosion retold in the next sentence is the same event."""
    doc = code(extractor, "بغداد، 10 مايو 2024 - قتل سبعة أشخاص في انفجار سيارة مفخخة استهدف سوقا شعبيا "
                          "في حي الشعلة مساء الخميس. وقالت مصادر أمنية إن السيارة كانت مركونة قرب مدخل "
                          "السوق وانفجرت وقت الذروة.", "2024-05-10")
    blasts = of_type(doc, "ASSAULT")
    assert len(blasts) == 1 and blasts[0].date == dt.date(2024, 5, 9)


def test_an_acquittal_is_a_concession_not_a_ruling(extractor: Extractor) -> None:
    """«قضت المحكمة ببراءة 20 ناشطا»: the phrase of acquittal outranks «قضت المحكمة» (a ruling)."""
    doc = code(extractor, "قضت المحكمة ببراءة 20 ناشطا من تهمة التظاهر دون ترخيص.")
    assert of_type(doc, "CONCEDE") and not of_type(doc, "SANCTION")
    ruling = code(extractor, "قضت المحكمة بسجن المعارض خمس سنوات.")
    assert not of_type(ruling, "CONCEDE")


def test_walkouts_handovers_and_lifted_restrictions(extractor: Extractor) -> None:
    """A walkout from a session is a protest, not a retreat; handing over weapons or bodies is a
    retreat; lifting restrictions is a concession."""
    walkout = code(extractor, "انسحب نواب المعارضة من جلسة البرلمان احتجاجا على تعديل الدستور.")
    assert of_type(walkout, "PROTEST") and not of_type(walkout, "RETREAT")
    arms = code(extractor, "سلم مسلحو الحركة أسلحتهم الثقيلة إلى الجيش الليبي.")
    assert first(arms, "RETREAT").mode == "disarm"
    bodies = code(extractor, "سلمت حركة الشباب الصومالية جثث ثلاثة جنود كينيين.")
    assert first(bodies, "RETREAT").mode == "release"
    lifted = code(extractor, "ألغت كوريا الشمالية القيود المفروضة على دخول الدبلوماسيين الأجانب.")
    assert first(lifted, "CONCEDE").actor is not None

def test_held_responsible_across_subject_and_the_one_held(extractor: Extractor) -> None:
    """«حملت روسيا أوكرانيا المسؤولية»: the phrase «حمّل المسؤولية» spans its subject and the
    one held responsible (verb listed in ``phrase_verbs``); the first accuses the second."""
    doc = code(extractor, "حملت روسيا أوكرانيا المسؤولية الكاملة عن الهجوم على محطة زابوريجيا النووية.")
    accuse = first(doc, "ACCUSE")
    assert accuse.actor is not None and accuse.actor.country == "RUS"
    assert accuse.recipient is not None and accuse.recipient.country == "UKR"
    other = first(code(extractor, "حملت الحكومة اليمنية إيران مسؤولية التصعيد في البحر الأحمر."), "ACCUSE")
    assert other.recipient is not None and other.recipient.country == "IRN"


def test_affirmed_standing_by_is_support(extractor: Extractor) -> None:
    """«أكدت فرنسا وقوفها إلى جانب لبنان»: affirming one stands by a state supports it."""
    support = first(code(extractor, "أكدت فرنسا وقوفها إلى جانب لبنان في مواجهة الأزمة الاقتصادية."), "SUPPORT")
    assert support.actor is not None and support.actor.country == "FRA"


def test_asked_from_a_state_is_the_recipient(extractor: Extractor) -> None:
    """«طلبت الحكومة العراقية من تركيا زيادة …»: a state before «من» is no count a part is taken
    of («الآلاف من العراقيين»); the one asked is the recipient."""
    doc = code(extractor, "طلبت الحكومة العراقية من تركيا زيادة الإطلاقات المائية في نهري دجلة والفرات.")
    request = first(doc, "REQUEST")
    assert request.actor is not None and request.actor.country == "IRQ"
    assert request.recipient is not None and request.recipient.country == "TUR"
