# Passerelle — interface messages, in plain English (short sentences, everyday words).
# Translated from the French file content/locales/fr/interface.ftl.
# Traduction à faire relire par une personne dont c'est la langue maternelle.
# This translation must be checked by a native English speaker.
# How to edit: one line = one message: `identifier = text`. Change only the text, after the `=` sign.
# Keep the identifier on the left of `=` as it is. Keep every `{ $name }` as it is: it is replaced by a value (a number, a name).
# `{ -marque }` is replaced by the name of the service.
# `{ $count ->` … `}` picks a sentence by number: `[one]` for 1, `*[other]` for any other number.
# Change the sentences; keep the brackets, the `*` and the closing `}` (see content/README.md).

-marque = Passerelle

## Welcome
ui-welcome-title = { -marque }: find help near you
ui-welcome-intro = A few simple questions about your everyday life: { $topics }.
ui-welcome-result = At the end, you get a list of people to contact near you.
ui-welcome-time = { $minutes ->
    [one] It takes about { $minutes } minute.
   *[other] It takes about { $minutes } minutes.
}
ui-welcome-privacy = Your answers stay on your device. They are not sent to anyone.
ui-welcome-skip = You can always answer “I prefer not to answer”.
ui-welcome-sos = Need help right now? Free, day and night:
ui-start = Start
ui-partner = Offered by { $partner }

## Errors
ui-crash-title = Sorry, something went wrong.
ui-crash-text = Reload the page to start again.
ui-crash-contact = You can also ask for help here: { $partner }
ui-reload = Reload
ui-later-failed = The rest of the tool could not be loaded. Your answers are kept on this device. Check your connection, then try again.
ui-retry = Try again
ui-loading = One moment…

## Questions
ui-profile = About you
ui-progress = Topic { $index } of { $total } — { $field }
ui-multiple-hint = You can choose more than one answer.
ui-dont-know = I don't know
ui-no-answer = I prefer not to answer
ui-next = Next
ui-nothing-chosen = You have not chosen anything. Choose an answer, or “I prefer not to answer”. Press “Next” again to go on anyway.
ui-back = Back
ui-skip-field = Skip this whole topic
ui-skip-field-hint = This topic is personal. You can skip it.
ui-field-start = Topic { $index } of { $total }
ui-detail-title = { $field }: a few more questions

## Help
ui-help-question = Do you want help with this?
ui-wishes-title = Which of these do you want help with?
ui-help-oui = Yes
ui-help-plus-tard = Later
ui-help-non = No
ui-important = Most important to me
ui-important-hint = Tap “Most important to me” under the subjects to see first.

## Emergency
ui-emergency-title = Do you need help right now?
ui-emergency-text = { $count ->
    [one] This number is free. You can reach it at any time, day or night.
   *[other] These numbers are free. You can reach them at any time, day or night.
}
ui-emergency-call = Call { $number }
ui-emergency-sms = Text { $number }

## Clear
ui-clear = Delete my answers
ui-clear-confirm = Delete all your answers? You will start again from the beginning.
ui-clear-yes = Yes, delete everything
ui-clear-no = No, keep my answers
ui-cleared = Your answers are deleted.

## Results
ui-results-help-oui = You want help.
ui-results-help-plus-tard = You will decide later.
ui-results-help-non = You do not want help for now.
ui-results-skipped = You skipped this topic.
ui-results-unanswered = Not enough answers for this topic.
ui-results-answer = Answer
ui-results-change = Change my answers

## Contacts
ui-contacts-title = Who can help you
ui-contacts-loading = Looking for contacts near you…
ui-territory-label = Your postcode
ui-territory-hint = To find contacts near you. It stays on your device.
ui-territory-submit = Show the contacts
ui-territory-wrong = This postcode is not known. Type the 5 digits, for example 13001.
ui-contacts-failed = We could not load the contacts near you. Here are national services that can help you.
ui-contacts-unvouched = This link does not come from a partner this site knows. Here are national services that can help you.
ui-contacts-none = No contact found near you for this topic. A community centre (centre social) or your town hall (mairie) can give you advice.
ui-commune-label = Your town
ui-commune-hint = So we can show you the closest contacts.
ui-commune-any = I don't know, or it is not in the list
ui-contact-first = Contact first
ui-contact-because = Because you said: { $why }
ui-contact-professional = Ask your adviser about it
ui-contact-helps = Helps with: { $list }
ui-contact-walk-in = No appointment needed
ui-contact-free = Free
ui-contact-paid = Not free
ui-contact-remote = By phone or online
ui-contact-in-person = In person
ui-contact-distance = In person, { $distance } away
ui-distance-m = { $m } m
ui-distance-km = { $km } km
# The decimal mark of a distance (« 2,6 km »).
ui-decimal-mark = .
ui-contact-call = Call { $phone }
ui-contact-web = Contact them online
ui-contact-email = Send an email
ui-contact-map = See on the map
ui-contact-hours = Opening hours: { $hours }
ui-open-until = Open now, until { $when ->
    [today] { $time }
    [tomorrow] { $midnight ->
        [yes] midnight tomorrow
       *[no] { $time } tomorrow
    }
    [day] { $time } on { $day }
   *[date] { $time } on { $day } { $date }
}
ui-closed-then = Closed now. From { $when ->
    [today] { $midnight ->
        [yes] midnight tonight
       *[no] { $time }
    }
    [tomorrow] { $time } tomorrow
    [day] { $time } on { $day }
   *[date] { $time } on { $day } { $date }
}: { $comment }
ui-opens = Closed now. Opens { $when ->
    [today] { $midnight ->
        [yes] tonight at midnight
       *[no] today at { $time }
    }
    [tomorrow] tomorrow at { $time }
    [day] on { $day } at { $time }
   *[date] on { $day } { $date } at { $time }
}
ui-time-h = { $h }:00
ui-time-hm = { $h }:{ $m }
ui-time-midnight = midnight
ui-day-0 = Monday
ui-day-1 = Tuesday
ui-day-2 = Wednesday
ui-day-3 = Thursday
ui-day-4 = Friday
ui-day-5 = Saturday
ui-day-6 = Sunday
ui-contact-week-show = Weekly opening hours
ui-contact-week = Opening hours: { $week }
ui-open-always = Open 24 hours a day
ui-day-month = { $d } { $month }
ui-hours-comment = { $status } ({ $comment })
ui-hours-unknown = Opening hours to check: { $comment }
ui-month-1 = January
ui-month-2 = February
ui-month-3 = March
ui-month-4 = April
ui-month-5 = May
ui-month-6 = June
ui-month-7 = July
ui-month-8 = August
ui-month-9 = September
ui-month-10 = October
ui-month-11 = November
ui-month-12 = December
ui-day-short-0 = Mon
ui-day-short-1 = Tue
ui-day-short-2 = Wed
ui-day-short-3 = Thu
ui-day-short-4 = Fri
ui-day-short-5 = Sat
ui-day-short-6 = Sun
ui-range = { $from }–{ $to }
ui-list = { $a }, { $b }
ui-week-day = { $days } { $times }
ui-week-and = { $a }; { $b }
ui-week-ph-off = closed on public holidays
ui-week-always = 24 hours a day, 7 days a week

## Roadmap
ui-roadmap-title = My action plan
ui-roadmap-date = Date: { $date }
ui-roadmap-intro = { $count ->
    [one] Here is the topic where you want help, and who to contact.
   *[other] Here are the { $count } topics where you want help, and who to contact.
}
ui-roadmap-followed = You already have an adviser. Show them this action plan: you can take the steps together.
ui-roadmap-under-16 = Before 16, school is compulsory. To choose a job or a training course, talk to your school (the CPE or the guidance psychologist) or to a youth information centre (Point information jeunesse).
ui-roadmap-empty = You did not ask for help. You can come back whenever you want.
ui-roadmap-next = Next step
ui-roadmap-others = Your other answers
ui-roadmap-link = To find this action plan again:
ui-date = { $d }/{ $m }/{ $y }
ui-next-walk-in = Go there, no appointment needed: { $who }, { $address }.
ui-next-go = Go there: { $who }, { $address }.
ui-next-call = Call { $phone }: { $who }.
ui-next-online = Get in touch online: { $who }.
ui-next-ask = Get in touch: { $who }.
ui-next-conditions = This service asks for: { $conditions }
ui-next-emergency = Call { $number } now. { $what }
ui-next-emergency-sms = Text { $number } now. { $what }
ui-next-none-now = None of the contacts below is open right now.
ui-next-professional = Your adviser can make the request for you: { $who }.
ui-call-today = { $way ->
    [go] Closed now: opens today at { $time }, in person and by phone.
   *[call] Closed now: call today from { $time }.
}
ui-call-tomorrow = { $way ->
    [go] Closed now: opens tomorrow at { $time }, in person and by phone.
   *[call] Closed now: call tomorrow from { $time }.
}
ui-call-on = { $way ->
    [go] Closed now: opens on { $day } at { $time }, in person and by phone.
   *[call] Closed now: call on { $day } from { $time }.
}
ui-level-ensemble = You were not sure of your answers. That is normal: look at this topic with someone who can help.
why-ensemble = you were not sure of your answers
ui-quit = Leave quickly
ui-quit-hint = Closes this page and erases your answers.
ui-emergency-announce = Emergency numbers, free, day and night: { $numbers }

## Keep your action plan
ui-keep-title = Keep my action plan
ui-keep-text = Nothing is sent over the internet. The link contains your answers: keep it to yourself.
ui-print = Print
ui-copy = Copy the text
ui-copied = The text is copied.
ui-copy-failed = Copying did not work. Select the text of the link yourself.
ui-email = Send by email
ui-link-label = Link to my action plan
ui-qr-label = QR code to scan with your phone
ui-with-health = Also put my health and safety answers in the link, the text and the print
ui-link-broken = This link is damaged or too old. You can start the questions again.

## Counting
ui-consent = Count my answers anonymously to help the neighbourhood
ui-consent-hint = Only the level of each topic is counted: not your answers, and nothing about your health. Nobody can know it is you.
ui-consent-done = Thank you. Your answers are counted anonymously.

## Assisted mode
ui-accompanied-switch = Assisted mode (for professionals)
ui-overview-title = { $count ->
    [one] The topic
   *[other] The { $count } topics
}
ui-overview-intro = Choose a topic, in any order you want.
ui-overview-todo = Not answered yet
ui-overview-skipped = Topic skipped
ui-overview-start = Start
ui-overview-edit = Change
ui-overview-results = See the action plan
ui-note-label = Adviser's note (printed on the referral sheet)
ui-assisted = Answers given with the help of a professional
ui-new-person = New person
ui-new-person-confirm = Delete everything for the next person? The answers and notes will be removed from this device.
ui-new-person-yes = Yes, delete everything
ui-liaison-title = Referral sheet
ui-liaison-assisted = Answered with the help of a professional.
ui-liaison-note = Note: { $note }

## Langue
ui-language-self = English
ui-language = Language
ui-read-aloud = Listen

## Contacts on paper and on demand
ui-contact-phone = Phone: { $phone }
ui-copy-select = Automatic copying did not work. The text is selected below: copy it (long press on a phone, or Ctrl+C).
ui-copy-text-label = Text of my action plan

## Hearing the questionnaire (screen readers, read-aloud)
ui-page-title = { $step } — { -marque }
ui-page-h1 = { -marque }
ui-help-goes-on = Your choice takes you to the next step.
ui-help-chosen = This is the choice you made earlier.
ui-new-tab = opens in a new tab
ui-read-stop = Stop reading
ui-read-no-voice = This device has no voice to read English.
ui-roadmap-more = { $count ->
    [one] See more: the contact
   *[other] See more: { $count } contacts
}
ui-show-others = See my other answers
# The welcome names the fields asked (data-fields), joined: « a, b et c ».
topic-reseau = work
topic-savoirs = French
topic-numerique = the internet
topic-famille = family
topic-mobilite = getting around
topic-logement = housing
topic-finances = money
topic-sante = health
ui-list-pair = { $a } and { $b }
ui-list-more = { $a }, { $b }

## A link opened directly that names a partner or contacts file this site does not list
ui-unvouched = This link does not come from a partner this site knows. Here are the free national numbers.
# Issue 21: a run answered mostly « je ne sais pas » leads with one generalist; past the top fields, « Autres sujets ».
ui-level-generalist = You were not sure about several topics. That is normal: one person can go through everything with you.
field-ensemble = Go through everything
ui-roadmap-more-topics = { $count ->
    [one] Other topics: 1 topic
   *[other] Other topics: { $count } topics
}
