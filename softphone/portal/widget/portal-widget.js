/* Contact Softphone callback widget: "call me now" / "call me back" for a portal's page.
 *
 * No framework. Drop into a page:
 *   <div data-softphone-callback data-api="https://contact.example.org" data-key="spk_..."
 *        data-lang="it"></div>
 *   <script src="https://contact.example.org/widget/portal-widget.js" defer></script>
 *
 * "Call me now" is offered only while the service says it can be honoured (the queue is open
 * and an agent who speaks the language is signed in and not paused); otherwise the next
 * windows with room are offered. Every control has a label; changes are announced in a live
 * region; Arabic is laid out right to left. Text from the service is shown as text, never HTML.
 */
(function () {
  "use strict";

  var LANGUAGES = {
    it: "Italiano", de: "Deutsch", en: "English", fr: "Français",
    ar: "العربية", pl: "Polski", es: "Español", ru: "Русский"
  };

  var T = {
    it: {
      title: "Vi richiamiamo noi", language: "Lingua", topic: "Argomento", anyTopic: "Qualsiasi argomento",
      phone: "Il tuo numero di telefono", consent: "Acconsento a essere richiamato a questo numero",
      now: "Chiamatemi ora", later: "Richiamatemi", windows: "Scegli quando richiamarti",
      nowAvailable: "Un operatore è disponibile: attesa prevista circa {min} minuti.",
      nowUnavailable: "Al momento nessun operatore può chiamarti subito. Scegli un orario.",
      noWindows: "Nessun orario disponibile nei prossimi giorni.",
      checking: "Verifico la disponibilità…", booked: "Prenotato. Riferimento {ref}. Ti chiameremo verso le {time}.",
      failed: "Non è stato possibile prenotare:", unreachable: "Servizio non raggiungibile. Riprova più tardi."
    },
    de: {
      title: "Wir rufen Sie zurück", language: "Sprache", topic: "Thema", anyTopic: "Beliebiges Thema",
      phone: "Ihre Telefonnummer", consent: "Ich bin einverstanden, unter dieser Nummer angerufen zu werden",
      now: "Jetzt anrufen", later: "Rückruf vereinbaren", windows: "Wählen Sie, wann wir anrufen",
      nowAvailable: "Ein Mitarbeiter ist verfügbar: Wartezeit etwa {min} Minuten.",
      nowUnavailable: "Gerade kann niemand sofort anrufen. Bitte wählen Sie eine Zeit.",
      noWindows: "In den nächsten Tagen ist keine Zeit frei.",
      checking: "Verfügbarkeit wird geprüft…", booked: "Gebucht. Referenz {ref}. Wir rufen gegen {time} an.",
      failed: "Die Buchung war nicht möglich:", unreachable: "Dienst nicht erreichbar. Bitte später erneut versuchen."
    },
    en: {
      title: "We call you back", language: "Language", topic: "Topic", anyTopic: "Any topic",
      phone: "Your phone number", consent: "I agree to be called at this number",
      now: "Call me now", later: "Call me back", windows: "Choose when we call you",
      nowAvailable: "An agent is available: expected wait about {min} minutes.",
      nowUnavailable: "Nobody can call you right now. Please choose a time.",
      noWindows: "No time is free in the next days.",
      checking: "Checking availability…", booked: "Booked. Reference {ref}. We will call you around {time}.",
      failed: "The booking could not be made:", unreachable: "The service cannot be reached. Please try again later."
    },
    fr: {
      title: "Nous vous rappelons", language: "Langue", topic: "Sujet", anyTopic: "Tout sujet",
      phone: "Votre numéro de téléphone", consent: "J'accepte d'être appelé à ce numéro",
      now: "Appelez-moi maintenant", later: "Rappelez-moi", windows: "Choisissez quand nous vous appelons",
      nowAvailable: "Un conseiller est disponible : attente prévue d'environ {min} minutes.",
      nowUnavailable: "Personne ne peut vous appeler tout de suite. Choisissez un horaire.",
      noWindows: "Aucun horaire libre dans les prochains jours.",
      checking: "Vérification de la disponibilité…", booked: "Réservé. Référence {ref}. Nous vous appellerons vers {time}.",
      failed: "La réservation n'a pas pu être faite :", unreachable: "Service injoignable. Réessayez plus tard."
    },
    ar: {
      title: "سنعاود الاتصال بك", language: "اللغة", topic: "الموضوع", anyTopic: "أي موضوع",
      phone: "رقم هاتفك", consent: "أوافق على تلقي مكالمة على هذا الرقم",
      now: "اتصلوا بي الآن", later: "عاودوا الاتصال بي", windows: "اختر وقت الاتصال بك",
      nowAvailable: "يتوفر موظف الآن: مدة الانتظار المتوقعة حوالي {min} دقيقة.",
      nowUnavailable: "لا يمكن لأحد الاتصال بك الآن. يرجى اختيار وقت.",
      noWindows: "لا توجد أوقات متاحة في الأيام القادمة.",
      checking: "جارٍ التحقق من التوفر…", booked: "تم الحجز. المرجع {ref}. سنتصل بك نحو {time}.",
      failed: "تعذر إتمام الحجز:", unreachable: "تعذر الوصول إلى الخدمة. حاول لاحقًا."
    },
    pl: {
      title: "Oddzwonimy do Ciebie", language: "Język", topic: "Temat", anyTopic: "Dowolny temat",
      phone: "Twój numer telefonu", consent: "Zgadzam się na telefon pod ten numer",
      now: "Zadzwońcie teraz", later: "Oddzwońcie później", windows: "Wybierz, kiedy mamy zadzwonić",
      nowAvailable: "Konsultant jest dostępny: przewidywany czas oczekiwania około {min} minut.",
      nowUnavailable: "Nikt nie może teraz zadzwonić. Wybierz godzinę.",
      noWindows: "Brak wolnych terminów w najbliższych dniach.",
      checking: "Sprawdzam dostępność…", booked: "Zarezerwowano. Numer {ref}. Zadzwonimy około {time}.",
      failed: "Nie udało się zarezerwować:", unreachable: "Usługa jest niedostępna. Spróbuj później."
    },
    es: {
      title: "Le llamamos", language: "Idioma", topic: "Tema", anyTopic: "Cualquier tema",
      phone: "Su número de teléfono", consent: "Acepto que me llamen a este número",
      now: "Llámenme ahora", later: "Llámenme más tarde", windows: "Elija cuándo le llamamos",
      nowAvailable: "Hay un agente disponible: espera prevista de unos {min} minutos.",
      nowUnavailable: "Ahora nadie puede llamarle. Elija una hora.",
      noWindows: "No hay horas libres en los próximos días.",
      checking: "Comprobando disponibilidad…", booked: "Reservado. Referencia {ref}. Le llamaremos hacia las {time}.",
      failed: "No se pudo reservar:", unreachable: "El servicio no responde. Inténtelo más tarde."
    },
    ru: {
      title: "Мы вам перезвоним", language: "Язык", topic: "Тема", anyTopic: "Любая тема",
      phone: "Ваш номер телефона", consent: "Я согласен(на) на звонок по этому номеру",
      now: "Позвоните сейчас", later: "Перезвоните мне", windows: "Выберите время звонка",
      nowAvailable: "Оператор свободен: ожидание около {min} минут.",
      nowUnavailable: "Сейчас никто не может позвонить. Выберите время.",
      noWindows: "В ближайшие дни нет свободного времени.",
      checking: "Проверяем доступность…", booked: "Забронировано. Номер {ref}. Мы позвоним около {time}.",
      failed: "Не удалось забронировать:", unreachable: "Сервис недоступен. Попробуйте позже."
    }
  };

  var counter = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return String(Date.now()) + "-" + Math.random().toString(16).slice(2);
  }

  function Widget(root) {
    var id = "spcb" + (++counter);
    var config = {
      api: (root.getAttribute("data-api") || "").replace(/\/$/, ""),
      key: root.getAttribute("data-key") || "",
      lang: root.getAttribute("data-lang") || "it"
    };
    if (!T[config.lang]) { config.lang = "it"; }
    var state = { availability: null, seq: 0, unanswered: null };

    var form = el("form", { "class": "spcb", novalidate: "novalidate" });
    var title = el("h2", { id: id + "-title" });
    form.setAttribute("aria-labelledby", id + "-title");

    function field(labelKey, control) {
      var wrap = el("div", { "class": "spcb-field" });
      var label = el("label", { "for": control.id });
      label.dataset.t = labelKey;
      wrap.appendChild(label);
      wrap.appendChild(control);
      var error = el("p", { "class": "spcb-error", id: control.id + "-error" });
      wrap.appendChild(error);
      return wrap;
    }

    var language = el("select", { id: id + "-language", name: "language", autocomplete: "language" });
    Object.keys(LANGUAGES).forEach(function (code) {
      var option = el("option", { value: code, lang: code }, LANGUAGES[code]);
      language.appendChild(option);
    });
    language.value = config.lang;
    var topic = el("select", { id: id + "-topic", name: "topic" });
    var phone = el("input", {
      id: id + "-phone", name: "phone", type: "tel", autocomplete: "tel", required: "required",
      inputmode: "tel", dir: "ltr"
    });
    var consent = el("input", { id: id + "-consent", name: "consent", type: "checkbox", required: "required" });
    var consentWrap = el("div", { "class": "spcb-field spcb-consent" });
    var consentLabel = el("label", { "for": consent.id });
    consentLabel.dataset.t = "consent";
    consentWrap.appendChild(consent);
    consentWrap.appendChild(consentLabel);
    consentWrap.appendChild(el("p", { "class": "spcb-error", id: consent.id + "-error" }));

    var now = el("button", { type: "button", id: id + "-now", "class": "spcb-now" });
    now.dataset.t = "now";
    var windowsSet = el("fieldset", { "class": "spcb-windows" });
    var legend = el("legend");
    legend.dataset.t = "windows";
    windowsSet.appendChild(legend);
    var windowList = el("div", { "class": "spcb-window-list" });
    windowsSet.appendChild(windowList);
    var later = el("button", { type: "submit", id: id + "-later", "class": "spcb-later" });
    later.dataset.t = "later";
    var status = el("p", { "class": "spcb-status", role: "status", "aria-live": "polite", id: id + "-status" });

    form.appendChild(title);
    form.appendChild(field("language", language));
    form.appendChild(field("topic", topic));
    form.appendChild(field("phone", phone));
    form.appendChild(consentWrap);
    form.appendChild(now);
    form.appendChild(windowsSet);
    form.appendChild(later);
    form.appendChild(status);
    root.textContent = "";
    root.appendChild(form);

    function t(key) { return T[language.value][key]; }

    function say(text) { status.textContent = text; }

    function timeText(iso) {
      var when = new Date(iso);
      return when.toLocaleString(language.value, {
        weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit"
      });
    }

    function call(method, path, body) {
      var headers = { "X-API-Key": config.key };
      var init = { method: method, headers: headers };
      if (body) {
        headers["Content-Type"] = "application/json";
        headers["Idempotency-Key"] = body.__key;
        delete body.__key;
        init.body = JSON.stringify(body);
      }
      return fetch(config.api + path, init).then(function (response) {
        return response.json().then(function (data) { return { status: response.status, data: data }; });
      });
    }

    function translate() {
      var lang = language.value;
      root.setAttribute("lang", lang);
      root.setAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      title.textContent = t("title");
      Array.prototype.forEach.call(form.querySelectorAll("[data-t]"), function (node) {
        node.textContent = t(node.dataset.t);
      });
    }

    function loadTopics() {
      return call("GET", "/v1/topics?language=" + encodeURIComponent(language.value)).then(function (answer) {
        var chosen = topic.value;
        topic.textContent = "";
        topic.appendChild(el("option", { value: "" }, t("anyTopic")));
        if (answer.status === 200) {
          answer.data.forEach(function (item) { topic.appendChild(el("option", { value: item.code }, item.name)); });
        }
        topic.value = chosen;
      });
    }

    function showAvailability(data) {
      state.availability = data;
      now.hidden = !data.call_now;
      now.disabled = !data.call_now;
      windowList.textContent = "";
      data.windows.forEach(function (window_, index) {
        var radio = el("input", { type: "radio", name: id + "-window", id: id + "-w" + index, value: window_.start });
        if (index === 0) { radio.checked = true; }
        var label = el("label", { "for": radio.id }, timeText(window_.start) + " – " +
          new Date(window_.end).toLocaleTimeString(language.value, { hour: "2-digit", minute: "2-digit" }));
        var row = el("div", { "class": "spcb-window" });
        row.appendChild(radio);
        row.appendChild(label);
        windowList.appendChild(row);
      });
      windowsSet.hidden = data.windows.length === 0;
      later.hidden = data.windows.length === 0;
      if (data.call_now) {
        var minutes = Math.max(1, Math.round((data.expected_wait_s || 0) / 60));
        say(format(t("nowAvailable"), { min: minutes }));
      } else {
        say(data.windows.length ? t("nowUnavailable") : t("noWindows"));
      }
    }

    function refresh() {
      var seq = ++state.seq;
      say(t("checking"));
      var query = "?language=" + encodeURIComponent(language.value);
      if (topic.value) { query += "&topic=" + encodeURIComponent(topic.value); }
      return call("GET", "/v1/availability" + query).then(function (answer) {
        if (seq !== state.seq) { return; }
        if (answer.status === 200) { showAvailability(answer.data); } else { say(t("unreachable")); }
      }, function () { if (seq === state.seq) { say(t("unreachable")); } });
    }

    function clearErrors() {
      [phone, consent, topic, language].forEach(function (control) {
        control.removeAttribute("aria-invalid");
        control.removeAttribute("aria-describedby");
        document.getElementById(control.id + "-error").textContent = "";
      });
    }

    function showProblems(problems) {
      var controls = { phone: phone, consent: consent, topic: topic, language: language };
      var texts = [];
      problems.forEach(function (problem) {
        var control = controls[problem.field];
        if (control) {
          control.setAttribute("aria-invalid", "true");
          control.setAttribute("aria-describedby", control.id + "-error");
          document.getElementById(control.id + "-error").textContent = problem.message;
        }
        texts.push((problem.field ? problem.field + ": " : "") + problem.message);
      });
      say(t("failed") + " " + texts.join("; "));
      var first = problems.map(function (p) { return controls[p.field]; }).filter(Boolean)[0];
      if (first) { first.focus(); }
    }

    function book(kind) {
      clearErrors();
      var body = { phone: phone.value, language: language.value, consent: consent.checked };
      if (topic.value) { body.topic = topic.value; }
      if (kind === "scheduled") {
        var chosen = form.querySelector("input[name='" + id + "-window']:checked");
        if (!chosen) { return; }
        body.kind = "scheduled";
        body.window_start = chosen.value;
        var match = state.availability.windows.filter(function (w) { return w.start === chosen.value; })[0];
        if (match) { body.window_end = match.end; }
      }
      if (!consent.checked) {
        showProblems([{ field: "consent", message: t("consent") }]);
        return;
      }
      // The same booking sent again after no answer, or a 5xx, keeps its Idempotency-Key:
      // the service makes it once, even if the first try was made after all.
      var signature = JSON.stringify(body);
      if (!state.unanswered || state.unanswered.signature !== signature) {
        state.unanswered = { signature: signature, key: uuid() };
      }
      body.__key = state.unanswered.key;
      call("POST", "/v1/callbacks", body).then(function (answer) {
        if (answer.status < 500) { state.unanswered = null; }
        if (answer.status === 201) {
          say(format(t("booked"), { ref: answer.data.reference, time: timeText(answer.data.expected_at) }));
          root.dispatchEvent(new CustomEvent("softphone-callback-booked", { detail: answer.data }));
        } else if (answer.status >= 500) {
          say(t("unreachable"));  // the service or its store is down: try again later
        } else {
          showProblems(answer.data.problems || []);
        }
      }, function () { say(t("unreachable")); });
    }

    language.addEventListener("change", function () { translate(); loadTopics().then(refresh); });
    topic.addEventListener("change", refresh);
    now.addEventListener("click", function () { book("now"); });
    form.addEventListener("submit", function (event) { event.preventDefault(); book("scheduled"); });

    translate();
    now.hidden = true;
    windowsSet.hidden = true;
    later.hidden = true;
    loadTopics().then(refresh);
    this.refresh = refresh;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-softphone-callback]"), function (root) {
      if (!root.softphoneWidget) { root.softphoneWidget = new Widget(root); }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
