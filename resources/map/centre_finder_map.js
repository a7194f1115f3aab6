/* Centre Finder map API: the page is built once; Python calls these functions afterwards.
 *
 * Markers at scale: `setMarkers` builds one Supercluster index (a KD-tree per zoom level, hierarchical
 * greedy clustering) for the whole marker set; every view change then asks the index for what the
 * current view shows and draws only that (a few hundred markers at most, whatever the set holds).
 * Markers stay DOM elements (focusable, with an aria-label) because there are few of them.
 *
 * Marker data carry no words of any language: roles, phone types and notices are codes, and the
 * words come from `setTexts`, so a language switch changes popups, legend, tooltips and labels at once.
 *
 * Every piece of centre data is put into the page with textContent, never as HTML: a name holding
 * "<script>" is shown as those characters.
 */
(function () {
  "use strict";

  var KIND_ORDER = ["crmr_coordinating", "crmr_constitutive", "crmr_site", "ccmr", "cart_trial_site", "ern_member",
                    "cri_imidiate", "department"];
  var TONES = { crmr_coordinating: "reference", crmr_constitutive: "reference", crmr_site: "reference",
                ccmr: "competence", cart_trial_site: "trial", ern_member: "network", cri_imidiate: "network",
                department: "other" };
  var CLUSTER_RADIUS = 40;  // pixels: a cluster takes in what lies this close to it (bubbles are 30–44 px)
  var SPIDER_MAX = 40;      // a selected centre in a cluster up to this size: the cluster is spread out

  var state = {
    map: null, offline: null, online: null, tilesLoaded: false, ready: false, bridge: null, lastFit: null,
    points: [], byId: {}, index: null, maxZoom: 10,
    box: null, drawn: {},   // the element of each cluster or centre drawn now, by key: c<cluster>, p<centre>,
                            // s<centre> (spread out of its cluster), t<centre> (selected, on top of its cluster)
    spider: null,           // {key of the cluster spread out, leaves: [{data, latlng}], legs}
    selected: null, tip: null,
    location: null, locationData: null, radius: null, legend: null, scale: null,
    popup: null, popupFor: null, texts: null,
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function t(key) {
    return (state.texts && state.texts[key]) || "";
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_m, name) {
      return values[name] === undefined ? "" : String(values[name]);
    });
  }

  // -- words for a centre (from the texts of the current language) -----------------------------------------
  function roleWords(c) {
    var names = t("roleShort") || {};
    return (c.roles || []).map(function (r) { return names[r] || r; });
  }

  function phoneLine(c) {
    if (!c.phone) return t("phoneUnknown");
    var types = t("phoneType") || {};
    return (types[c.phoneType || ""] || "") + " : " + c.phone;
  }

  function markerLabel(c) {
    var roles = roleWords(c);
    var parts = [c.name];
    if (c.hospital && c.hospital !== c.name) parts.push(c.hospital);
    if (roles.length) parts.push(roles.join(", "));
    if (!c.referral) parts.push(t(c.warning || "notReferral"));
    return parts.join(" — ");
  }

  function popupContent(c) {
    var box = el("div", "cf-popup");
    box.appendChild(el("div", "cf-popup-name", c.name));
    if (c.hospital) box.appendChild(el("div", "cf-popup-hospital", c.hospital));
    var roles = roleWords(c);
    if (roles.length) box.appendChild(el("div", "cf-popup-roles", roles.join(" · ")));
    box.appendChild(el("div", "cf-popup-phone", phoneLine(c)));
    if (c.approximate) box.appendChild(el("div", "cf-popup-position", t("approximate")));
    if (!c.referral) box.appendChild(el("div", "cf-popup-warning", t(c.warning || "notReferral")));
    return box;
  }

  // -- drawing: plain elements in one pane, for what the view shows ----------------------------------------
  // A Leaflet marker costs ~0.15 ms to add here (its own listeners, handlers and layout); a plain element in a
  // fragment ~0.02 ms, so the view is simply drawn again on every change. One listener serves them all.
  function pinAt(node, latlng) {
    var p = state.map.latLngToLayerPoint(latlng);
    node.style.transform = "translate3d(" + Math.round(p.x) + "px," + Math.round(p.y) + "px,0)";
  }

  function pointNode(c, latlng, extra) {
    var node = el("div", "cf-pin cf-marker cf-" + c.kind + (c.referral ? "" : " cf-not-referral") +
      (c.approximate ? " cf-approximate" : "") + (c.id === state.selected ? " cf-selected" : "") + (extra || ""));
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", markerLabel(c));
    node.cfData = c;
    node.cfLatLng = latlng || L.latLng(c.lat, c.lon);
    pinAt(node, node.cfLatLng);
    return node;
  }

  function clusterNode(item) {
    var props = item.properties;
    var count = props.point_count;
    var size = count < 10 ? 30 : count < 100 ? 34 : count < 1000 ? 40 : 44;
    var node = el("div", "cf-pin cf-cluster cf-tone-" + TONES[KIND_ORDER[props.best]] +
      (state.spider && state.spider.key === "c" + props.cluster_id ? " cf-cluster-open" : ""));
    node.appendChild(el("span", "cf-cluster-count", count >= 10000 ? Math.round(count / 1000) + "k" :
      count >= 1000 ? (Math.round(count / 100) / 10) + "k" : count));
    node.style.width = node.style.height = size + "px";
    node.style.left = node.style.top = (-size / 2) + "px";
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.cfCluster = props.cluster_id;
    node.cfCount = count;
    node.cfLatLng = L.latLng(item.geometry.coordinates[1], item.geometry.coordinates[0]);
    node.setAttribute("aria-label", clusterLabel(count, props.best, expansionZoom(props.cluster_id) > state.maxZoom));
    pinAt(node, node.cfLatLng);
    return node;
  }

  function clusterLabel(count, best, spread) {
    var names = t("roleShort") || {};
    var kind = KIND_ORDER[best];
    return fill(t(spread ? "clusterSpread" : "clusterZoom"), { n: count, best: names[kind] || t("otherKind") });
  }

  // -- the index and what the view shows ---------------------------------------------------------------
  function buildIndex(centres) {
    var features = new Array(centres.length);
    for (var i = 0; i < centres.length; i++) {
      var c = centres[i];
      c.rank = i;
      features[i] = { type: "Feature", properties: c, geometry: { type: "Point", coordinates: [c.lon, c.lat] } };
    }
    var index = new Supercluster({
      radius: CLUSTER_RADIUS, extent: 256, minZoom: Math.floor(state.map.getMinZoom()), maxZoom: state.maxZoom,
      // a cluster knows the best label and the best-ranked result inside it
      map: function (p) { return { best: KIND_ORDER.indexOf(p.kind), first: p.rank }; },
      reduce: function (acc, p) {
        if (p.best < acc.best) acc.best = p.best;
        if (p.first < acc.first) acc.first = p.first;
      },
    });
    return index.load(features);
  }

  function expansionZoom(clusterId) {
    try { return state.index.getClusterExpansionZoom(clusterId); } catch (e) { return state.maxZoom + 1; }
  }

  function viewItems() {
    if (!state.index) return [];
    var b = state.map.getBounds().pad(0.2);
    var zoom = Math.round(state.map.getZoom());
    return state.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
  }

  // Draw what the view shows: clusters and centres in the order of the results (the Tab order follows the
  // ranking), centres spread out of a cluster, and the selected centre, always visible and highlighted.
  function render() {
    var focused = document.activeElement && document.activeElement.cfKey;
    var items = viewItems();
    items.sort(function (a, b) {
      return (a.properties.cluster ? a.properties.first : a.properties.rank) -
        (b.properties.cluster ? b.properties.first : b.properties.rank);
    });
    var frag = document.createDocumentFragment();
    var drawn = {};
    for (var i = 0; i < items.length; i++) {
      var props = items[i].properties;
      var node = props.cluster ? clusterNode(items[i]) : pointNode(props);
      node.cfKey = props.cluster ? "c" + props.cluster_id : "p" + props.id;
      drawn[node.cfKey] = node;
      frag.appendChild(node);
    }
    if (state.spider && !drawn[state.spider.key]) unspiderfy();
    if (state.spider) {
      state.spider.leaves.forEach(function (leaf) {
        var node = pointNode(leaf.data, leaf.latlng, " cf-spread");
        node.cfKey = "s" + leaf.data.id;
        drawn[node.cfKey] = node;
        frag.appendChild(node);
      });
    }
    var id = state.selected;
    if (id && state.byId[id] && !drawn["p" + id] && !drawn["s" + id]) {
      var top = pointNode(state.byId[id], null, " cf-on-top");
      top.cfKey = "t" + id;
      drawn[top.cfKey] = top;
      frag.appendChild(top);
    }
    state.box.textContent = "";
    state.box.appendChild(frag);
    state.drawn = drawn;
    if (focused && drawn[focused]) drawn[focused].focus({ preventScroll: true });
  }

  // The element that shows this centre now (alone, spread out of its cluster, or on top), or null.
  function shownNode(id) {
    return state.drawn["s" + id] || state.drawn["p" + id] || state.drawn["t" + id] || null;
  }

  // The cluster drawn now that holds this centre (the nearest ones are asked first), or null.
  function clusterOf(id) {
    var c = state.byId[id];
    if (!c) return null;
    var here = state.map.latLngToLayerPoint([c.lat, c.lon]);
    var near = [];
    Object.keys(state.drawn).forEach(function (key) {
      var node = state.drawn[key];
      if (node.cfCluster === undefined) return;
      var d = state.map.latLngToLayerPoint(node.cfLatLng).distanceTo(here);
      if (d <= CLUSTER_RADIUS * 3) near.push([d, key]);
    });
    near.sort(function (a, b) { return a[0] - b[0]; });
    for (var i = 0; i < near.length; i++) {
      var node = state.drawn[near[i][1]];
      var leaves = state.index.getLeaves(node.cfCluster, Infinity);
      for (var k = 0; k < leaves.length; k++) {
        if (leaves[k].properties.id === id) return { key: near[i][1], node: node, leaves: leaves };
      }
    }
    return null;
  }

  // -- spreading out a cluster (centres at one hospital, or a cluster at the deepest zoom) ----------------
  function spiderfy(key, leaves) {
    unspiderfy();
    var cluster = state.drawn[key];
    if (!cluster) return;
    var centre = state.map.latLngToLayerPoint(cluster.cfLatLng);
    var n = leaves.length;
    var spider = { key: key, leaves: [], legs: L.layerGroup() };
    var angle = 0, length = 11;
    for (var i = 0; i < n; i++) {
      var offset;
      if (n <= 8) {  // a circle
        var radius = Math.max(22, 25 * (2 + n) / (2 * Math.PI));
        var a = Math.PI / 6 + i * 2 * Math.PI / n;
        offset = L.point(radius * Math.cos(a), radius * Math.sin(a));
      } else {       // a spiral: each centre one marker-width further along
        angle += 28 / length + i * 0.0005;
        offset = L.point(length * Math.cos(angle), length * Math.sin(angle));
        length += 2 * Math.PI * 5 / angle;
      }
      var at = state.map.layerPointToLatLng(centre.add(offset));
      spider.legs.addLayer(L.polyline([cluster.cfLatLng, at], {
        interactive: false, weight: 1.5, color: "#374151", opacity: 0.7 }));
      spider.leaves.push({ data: leaves[i].properties, latlng: at });
    }
    spider.legs.addTo(state.map);
    state.spider = spider;
    render();
  }

  function unspiderfy() {
    if (!state.spider) return;
    state.map.removeLayer(state.spider.legs);
    state.spider = null;
  }

  // -- popups, the tooltip and the bridge --------------------------------------------------------------------
  function openPopupFor(id) {
    var c = state.byId[id];
    if (!c) return;
    var node = shownNode(id);
    state.popup.setLatLng(node ? node.cfLatLng : [c.lat, c.lon]).setContent(popupContent(c)).openOn(state.map);
    state.popupFor = id;  // after openOn, which closes (and so forgets) the previous one
    labelCloseButton(state.popup);
  }

  function labelCloseButton(popup) {
    var close = popup.getElement() && popup.getElement().querySelector(".leaflet-popup-close-button");
    if (close) close.setAttribute("aria-label", t("closePopup"));
  }

  function popupIsOpenFor(id) {
    return !!(id && state.popupFor === id && state.map.hasLayer(state.popup));
  }

  function showTip(node) {
    if (!node || !node.cfData) return;
    state.tip.setLatLng(node.cfLatLng).setContent(el("span", null, node.cfData.name)).openOn(state.map);
  }

  function notify(method, arg) {
    if (state.bridge && state.bridge[method]) state.bridge[method](arg);
  }

  function activate(node, byKeyboard) {
    if (node.cfData) {
      openPopupFor(node.cfData.id);
      notify("markerClick", node.cfData.id);
      return;
    }
    if (node.cfCluster === undefined) return;
    var zoom = expansionZoom(node.cfCluster);
    var key = node.cfKey;
    if (zoom > state.maxZoom) {
      if (state.spider && state.spider.key === key) {
        unspiderfy();
        render();
      } else {
        spiderfy(key, state.index.getLeaves(node.cfCluster, Infinity));
        if (byKeyboard) {
          var first = state.drawn["s" + state.spider.leaves[0].data.id];
          if (first) first.focus({ preventScroll: true });
        }
      }
    } else {
      var at = node.cfLatLng;
      state.map.setView(at, zoom, { animate: false });
      if (byKeyboard) nearestNode(at);
    }
  }

  // keyboard: after zooming into a cluster, focus goes to what is drawn where it was
  function nearestNode(latlng) {
    var here = state.map.latLngToLayerPoint(latlng);
    var best = null, bestD = Infinity;
    Object.keys(state.drawn).forEach(function (key) {
      var d = state.map.latLngToLayerPoint(state.drawn[key].cfLatLng).distanceTo(here);
      if (d < bestD) { best = state.drawn[key]; bestD = d; }
    });
    if (best) best.focus({ preventScroll: true });
  }

  // what tests and Python get for a drawn centre
  function handle(node) {
    return { id: node.cfData ? node.cfData.id : null, getElement: function () { return node; },
             getLatLng: function () { return node.cfLatLng; } };
  }

  // -- the API ---------------------------------------------------------------------------------------------
  // Every centre sent since the page loaded, by slot: a centre's data are sent once, later updates name slots.
  var store = [];

  // a row of mapping/markers.py `marker_for`; the marker's look is its best role's
  function unpack(row) {
    var roles = row[5], kind = "department";
    for (var i = 0; i < KIND_ORDER.length - 1; i++) {
      if (roles.indexOf(KIND_ORDER[i]) >= 0) { kind = KIND_ORDER[i]; break; }
    }
    return { id: row[0], lat: row[1], lon: row[2], name: row[3], hospital: row[4], roles: roles, phone: row[6],
             phoneType: row[7], kind: kind, referral: !!row[8], approximate: !!row[9],
             warning: row[10] || "" };
  }

  function showMarkers(rows, slots, fit) {
    for (var i = 0; i < rows.length; i++) store.push(unpack(rows[i]));
    var centres = new Array(slots.length);
    for (var k = 0; k < slots.length; k++) centres[k] = store[slots[k]];
    return setMarkers(centres, fit);
  }

  function forgetMarkers() {
    store = [];
    setMarkers([], false);
  }

  function setMarkers(centres, fit) {
    if (state.popupFor) state.map.closePopup(state.popup);
    state.popupFor = null;
    unspiderfy();
    state.selected = null;
    state.points = centres;
    state.byId = {};
    for (var i = 0; i < centres.length; i++) state.byId[centres[i].id] = centres[i];
    state.index = centres.length ? buildIndex(centres) : null;
    if (fit) fitAll(); else render();
    return centres.length;
  }

  function fitAll() {
    var bounds = null;
    var pts = state.points;
    if (pts.length) {
      var s = 90, w = 180, n = -90, e = -180;
      for (var i = 0; i < pts.length; i++) {
        var p = pts[i];
        if (p.lat < s) s = p.lat;
        if (p.lat > n) n = p.lat;
        if (p.lon < w) w = p.lon;
        if (p.lon > e) e = p.lon;
      }
      bounds = L.latLngBounds([s, w], [n, e]);
    }
    if (state.radius) bounds = bounds ? bounds.extend(state.radius.getBounds()) : state.radius.getBounds();
    else if (state.location) {
      var here = state.location.getLatLng();
      bounds = bounds ? bounds.extend(here) : L.latLngBounds(here, here);
    }
    if (bounds) state.map.fitBounds(bounds, { padding: [28, 28], maxZoom: 9, animate: false });
    state.lastFit = bounds ? bounds.toBBoxString() : null;
    render();
  }

  function fitBounds(b) {
    var bounds = L.latLngBounds(b[0], b[1]);
    if (bounds.getNorth() - bounds.getSouth() < 0.02 && bounds.getEast() - bounds.getWest() < 0.02) {
      state.map.setView(bounds.getCenter(), 9, { animate: false });
    } else {
      state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9, animate: false });
    }
    state.lastFit = bounds.toBBoxString();
    render();
  }

  function select(id) {
    var c = state.byId[id];
    state.selected = c ? id : null;
    if (!c) {
      render();
      return false;
    }
    // close enough to see the town, never deep into upscaled tiles (the view change redraws the markers)
    var zoom = Math.min(Math.max(state.map.getZoom(), 7), 8);
    state.map.setView([c.lat, c.lon], zoom, { animate: false });
    render();
    if (!state.drawn["p" + id] && !state.drawn["s" + id]) {
      // sites that share a hospital are spread out around it; a big cluster keeps the centre drawn on top
      var holder = clusterOf(id);
      if (holder && holder.leaves.length <= SPIDER_MAX) spiderfy(holder.key, holder.leaves);
    }
    openPopupFor(id);
    return true;
  }

  // Make a centre's own marker visible as a user would: zoom into its clusters, spread the last one out.
  function reveal(id, then) {
    if (!state.byId[id]) return false;
    var c = state.byId[id];
    state.map.setView([c.lat, c.lon], Math.max(Math.round(state.map.getZoom()), 5), { animate: false });
    function own() { return state.drawn["p" + id] || state.drawn["s" + id]; }
    for (var step = 0; step < 2 * state.maxZoom && !own(); step++) {
      render();
      if (own()) break;
      var holder = clusterOf(id);
      if (!holder) break;
      var zoom = expansionZoom(holder.node.cfCluster);
      if (zoom > state.maxZoom) spiderfy(holder.key, holder.leaves);
      else state.map.setView([c.lat, c.lon], zoom, { animate: false });
    }
    var node = own();
    if (node && then) then(handle(node));
    return !!node;
  }

  function setLocation(loc) {
    if (state.location) { state.map.removeLayer(state.location); state.location = null; }
    if (state.radius) { state.map.removeLayer(state.radius); state.radius = null; }
    state.locationData = loc || null;
    if (!loc) return;
    state.location = L.marker([loc.lat, loc.lon], {
      icon: L.divIcon({ className: "cf-here", html: "", iconSize: [18, 18], iconAnchor: [9, 9] }),
      keyboard: false, zIndexOffset: -100, title: loc.label,
    }).addTo(state.map);
    state.location.bindTooltip(el("span", null, loc.label), { direction: "top", offset: [0, -6] });
    var node = state.location.getElement();
    if (node) {
      node.setAttribute("role", "img");
      node.setAttribute("aria-label", fill(t("here"), { place: loc.label }));
    }
    if (loc.radiusKm) {
      state.radius = L.circle([loc.lat, loc.lon], {
        radius: loc.radiusKm * 1000, color: "#1d4ed8", weight: 1.5, dashArray: "6 4", fillOpacity: 0.05,
        interactive: false,
      }).addTo(state.map);
    }
  }

  function info() {
    var c = state.map.getCenter();
    var clusters = 0, points = 0;
    Object.keys(state.drawn).forEach(function (key) { if (key[0] === "c") clusters++; else points++; });
    return JSON.stringify({
      ready: state.ready, markers: state.points.length, selected: state.selected,
      tilesLoaded: state.tilesLoaded, zoom: state.map.getZoom(), center: [c.lat, c.lng],
      popupOpen: popupIsOpenFor(state.selected),
      location: state.location ? [state.location.getLatLng().lat, state.location.getLatLng().lng] : null,
      radiusKm: state.radius ? state.radius.getRadius() / 1000 : null,
      onlineLayer: state.map.hasLayer(state.online),
      drawnClusters: clusters, drawnPoints: points, spread: state.spider ? state.spider.leaves.length : 0,
      lang: state.texts ? state.texts.lang : null,
    });
  }

  function popupText(id) {
    var c = state.byId[id];
    if (!c) return null;
    var content = popupContent(c);
    return JSON.stringify({ text: content.textContent, html: content.innerHTML });
  }

  function setLayerNames(offlineName, onlineName) {
    var spans = document.querySelectorAll(".leaflet-control-layers-base label span span");
    if (spans.length >= 2) {
      spans[0].textContent = " " + offlineName;
      spans[1].textContent = " " + onlineName;
    }
  }

  function setLegend(items) {
    if (state.legend) state.map.removeControl(state.legend);
    state.legend = L.control({ position: "bottomleft" });
    state.legend.onAdd = function () {
      var box = el("div", "cf-legend leaflet-bar");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", t("legendTitle"));
      items.forEach(function (item) {
        var row = el("div", "cf-legend-row");
        var looks = item.kind.indexOf("cf-cluster") === 0 ? item.kind : "cf-marker " + item.kind;
        var dot = el("span", "cf-legend-dot " + looks);
        dot.setAttribute("aria-hidden", "true");
        row.appendChild(dot);
        row.appendChild(el("span", null, item.label));
        box.appendChild(row);
      });
      return box;
    };
    state.legend.addTo(state.map);
  }

  // The words of the map in one language: controls, legend, popups, tooltips and labels follow at once.
  function setTexts(texts) {
    state.texts = texts;
    var zoom = state.map.zoomControl;
    if (zoom && zoom._zoomInButton) {
      [[zoom._zoomInButton, "zoomIn"], [zoom._zoomOutButton, "zoomOut"]].forEach(function (pair) {
        pair[0].title = t(pair[1]);
        pair[0].setAttribute("aria-label", t(pair[1]));
      });
    }
    var layers = document.querySelector(".leaflet-control-layers-toggle");
    if (layers) {
      layers.title = t("layers");
      layers.setAttribute("aria-label", t("layers"));
    }
    state.map.getContainer().setAttribute("aria-label", t("map"));
    document.documentElement.lang = texts.lang || "";
    setLegend(texts.legend || []);
    render();  // markers carry their words in aria-labels
    if (state.locationData) setLocation(state.locationData);
    if (state.popupFor && state.map.hasLayer(state.popup)) openPopupFor(state.popupFor);
  }

  function init() {
    var names = window.CF_NAMES;
    state.map = window[names.map];
    state.offline = window[names.offline];
    state.online = window[names.online];
    state.maxZoom = state.map.getMaxZoom();
    state.box = el("div", "cf-pins");
    var pane = state.map.createPane("cfPins");  // above Leaflet's markers (600), under tooltips and popups
    pane.style.zIndex = 610;
    pane.appendChild(state.box);
    state.scale = L.control.scale({ metric: true, imperial: false, position: "bottomright" }).addTo(state.map);
    state.offline.on("load", function () { state.tilesLoaded = true; notify("tilesReady", "offline"); });
    // the first tiles may already be there when this script runs
    if (state.offline.isLoading && !state.offline.isLoading() && state.offline._tiles &&
        Object.keys(state.offline._tiles).length) {
      state.tilesLoaded = true;
    }
    state.online.on("tileerror", function () { /* offline: the online layer fails quietly */ });
    state.popup = L.popup({ maxWidth: 320, offset: [0, -1] });
    state.popup.on("remove", function () { state.popupFor = null; });
    state.map.on("popupopen", function (e) { labelCloseButton(e.popup); });
    state.tip = L.tooltip({ direction: "top", offset: [0, -8] });
    // one listener for every marker, clusters included; Enter or Space on a focused marker acts as a click
    function pinOf(e) { return e.target && e.target.closest ? e.target.closest(".cf-pin") : null; }
    L.DomEvent.on(state.box, "click", function (e) {
      var node = pinOf(e);
      if (!node) return;
      L.DomEvent.stopPropagation(e);  // not a click on the map (which would close the popup)
      if (state.map.dragging && state.map.dragging.moved()) return;
      activate(node, false);
    });
    L.DomEvent.on(state.box, "dblclick", L.DomEvent.stopPropagation);
    L.DomEvent.on(state.box, "keydown", function (e) {
      var node = pinOf(e);
      if (!node) return;
      if (e.key === "Enter" || e.key === " ") {
        L.DomEvent.preventDefault(e);
        activate(node, true);
      } else if (e.key === "Escape") {
        state.map.closePopup();
      }
    });
    L.DomEvent.on(state.box, "mouseover focusin", function (e) { showTip(pinOf(e)); });
    L.DomEvent.on(state.box, "mouseout focusout", function () { state.map.closeTooltip(state.tip); });
    // while the map zooms with an animation the pins would stand still: hide them until it ends
    state.map.on("zoomstart", function () { unspiderfy(); state.box.style.display = "none"; });
    state.map.on("zoomend", function () { state.box.style.display = ""; });
    state.map.on("moveend", render);
    state.map.on("baselayerchange", function (e) {
      notify("layerChanged", e.layer === state.online ? "online" : "offline");
    });
    window.cf = {
      setMarkers: setMarkers, select: select, setLocation: setLocation, fitAll: fitAll, info: info,
      popupText: popupText, setLayerNames: setLayerNames, fitBounds: fitBounds, setLegend: setLegend,
      setTexts: setTexts, reveal: reveal, showMarkers: showMarkers, forgetMarkers: forgetMarkers,
      marker: function (id) { return state.byId[id] || null; },
      ids: function () { return JSON.stringify(state.points.map(function (c) { return c.id; })); },
      bounds: function () { return state.map.getBounds().toBBoxString(); },
      shown: function (id) { var node = shownNode(id); return node ? handle(node) : null; },
      invalidate: function () { state.map.invalidateSize({ animate: false }); render(); },
    };
    function ready() {
      state.ready = true;
      notify("pageLoaded", "");
      // the tiles may have finished before the channel was up: say so now
      if (state.tilesLoaded) notify("tilesReady", "offline");
    }
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        state.bridge = channel.objects.bridge || null;
        ready();
      });
    } else {
      ready();
    }
  }

  window.addEventListener("load", init);
})();
