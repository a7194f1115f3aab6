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
  var CLUSTER_RADIUS = 30;  // pixels
  var SPIDER_MAX = 40;      // a selected centre in a cluster up to this size: the cluster is spread out

  var state = {
    map: null, offline: null, online: null, tilesLoaded: false, ready: false, bridge: null, lastFit: null,
    points: [], byId: {}, index: null, maxZoom: 10,
    layer: null, rendered: {},            // key ("c<cluster id>" or "p<centre id>") → L.marker now drawn
    spider: null,                         // {key, layer, markers: {centre id → L.marker}}
    selected: null, selectedLayer: null,  // a selected centre hidden in a big cluster is drawn on top
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
    if (!c.referral) parts.push(t("notReferral"));
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
    if (!c.referral) box.appendChild(el("div", "cf-popup-warning", t("notReferral")));
    return box;
  }

  // -- icons -----------------------------------------------------------------------------------------------
  // one icon object per look, shared by every marker that has it
  var icons = {};
  function pointIcon(c, selected) {
    var className = "cf-marker cf-" + c.kind + (c.referral ? "" : " cf-not-referral") +
      (c.approximate ? " cf-approximate" : "") + (selected ? " cf-selected" : "");
    if (!icons[className]) {
      icons[className] = L.divIcon({
        className: className, html: "", iconSize: selected ? [24, 24] : [16, 16],
        iconAnchor: selected ? [12, 12] : [8, 8], popupAnchor: [0, -8],
      });
    }
    return icons[className];
  }

  function clusterIcon(count, best) {
    var size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
    var label = el("span", "cf-cluster-count", count >= 10000 ? Math.round(count / 1000) + "k" :
      count >= 1000 ? (Math.round(count / 100) / 10) + "k" : count);
    return L.divIcon({
      className: "cf-cluster cf-tone-" + TONES[KIND_ORDER[best]], html: label, iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }

  function setAria(marker, text) {
    var node = marker.getElement();
    if (node) node.setAttribute("aria-label", text);
  }

  function pointMarker(c, latlng) {
    var marker = L.marker(latlng || [c.lat, c.lon], { icon: pointIcon(c, c.id === state.selected),
      keyboard: true, title: c.name, riseOnHover: true });
    marker.cfData = c;
    marker.on("add", function () { setAria(marker, markerLabel(c)); });
    return marker;
  }

  function clusterLabel(count, best, spread) {
    var names = t("roleShort") || {};
    var kind = KIND_ORDER[best];
    return fill(t(spread ? "clusterSpread" : "clusterZoom"), { n: count, best: names[kind] || t("otherKind") });
  }

  function clusterMarker(item) {
    var props = item.properties;
    var latlng = [item.geometry.coordinates[1], item.geometry.coordinates[0]];
    var marker = L.marker(latlng, { icon: clusterIcon(props.point_count, props.best), keyboard: true,
      zIndexOffset: 500 });
    marker.cfCluster = props.cluster_id;
    marker.cfCount = props.point_count;
    marker.cfBest = props.best;
    marker.on("add", function () {
      setAria(marker, clusterLabel(props.point_count, props.best, expansionZoom(props.cluster_id) > state.maxZoom));
    });
    return marker;
  }

  // -- the index and what the view shows ---------------------------------------------------------------
  function buildIndex(centres) {
    var features = new Array(centres.length);
    for (var i = 0; i < centres.length; i++) {
      var c = centres[i];
      features[i] = { type: "Feature", properties: c, geometry: { type: "Point", coordinates: [c.lon, c.lat] } };
    }
    var index = new Supercluster({
      radius: CLUSTER_RADIUS, extent: 256, minZoom: Math.floor(state.map.getMinZoom()), maxZoom: state.maxZoom,
      map: function (p) { return { best: KIND_ORDER.indexOf(p.kind) }; },
      reduce: function (acc, p) { if (p.best < acc.best) acc.best = p.best; },
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

  // Draw what the view shows, reusing the markers already drawn for the same cluster or centre.
  function render() {
    var next = {};
    var items = viewItems();
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var props = item.properties;
      var key = props.cluster ? "c" + props.cluster_id : "p" + props.id;
      next[key] = state.rendered[key] || (props.cluster ? clusterMarker(item) : pointMarker(props));
    }
    Object.keys(state.rendered).forEach(function (key) {
      if (!next[key]) state.layer.removeLayer(state.rendered[key]);
    });
    Object.keys(next).forEach(function (key) {
      if (!state.rendered[key]) state.layer.addLayer(next[key]);
    });
    state.rendered = next;
    if (state.spider && !next[state.spider.key]) unspiderfy();
    showSelected();
  }

  function clearRendered() {
    unspiderfy();
    state.layer.clearLayers();
    state.rendered = {};
    state.selectedLayer.clearLayers();
  }

  // The marker that shows this centre now (drawn alone, spread out of its cluster, or on top), or null.
  function shownMarker(id) {
    if (state.spider && state.spider.markers[id]) return state.spider.markers[id];
    if (state.rendered["p" + id]) return state.rendered["p" + id];
    var layers = state.selectedLayer.getLayers();
    return layers.length && layers[0].cfData.id === id ? layers[0] : null;
  }

  // The cluster drawn now that holds this centre (the nearest ones are asked first), or null.
  function clusterOf(id) {
    var c = state.byId[id];
    if (!c) return null;
    var here = state.map.latLngToLayerPoint([c.lat, c.lon]);
    var near = [];
    Object.keys(state.rendered).forEach(function (key) {
      var marker = state.rendered[key];
      if (marker.cfCluster === undefined) return;
      var d = state.map.latLngToLayerPoint(marker.getLatLng()).distanceTo(here);
      if (d <= CLUSTER_RADIUS * 3) near.push([d, key]);
    });
    near.sort(function (a, b) { return a[0] - b[0]; });
    for (var i = 0; i < near.length; i++) {
      var marker = state.rendered[near[i][1]];
      var leaves = state.index.getLeaves(marker.cfCluster, Infinity);
      for (var k = 0; k < leaves.length; k++) {
        if (leaves[k].properties.id === id) return { key: near[i][1], marker: marker, leaves: leaves };
      }
    }
    return null;
  }

  // The selected centre is always visible and highlighted: as its own marker, spread out of its cluster,
  // or drawn on top of a big cluster.
  function showSelected() {
    state.selectedLayer.clearLayers();
    var id = state.selected;
    Object.keys(state.rendered).forEach(function (key) {
      var marker = state.rendered[key];
      if (marker.cfData) {
        var wanted = marker.cfData.id === id;
        if (marker.cfSelected !== wanted) {
          marker.setIcon(pointIcon(marker.cfData, wanted));
          marker.setZIndexOffset(wanted ? 1000 : 0);
          marker.cfSelected = wanted;
          setAria(marker, markerLabel(marker.cfData));
        }
      }
    });
    if (state.spider) {
      Object.keys(state.spider.markers).forEach(function (cid) {
        var marker = state.spider.markers[cid];
        marker.setIcon(pointIcon(marker.cfData, cid === id));
        marker.setZIndexOffset(cid === id ? 1000 : 0);
        setAria(marker, markerLabel(marker.cfData));
      });
    }
    if (!id || !state.byId[id] || shownMarker(id)) return;
    var top = pointMarker(state.byId[id]);
    top.setZIndexOffset(2000);
    state.selectedLayer.addLayer(top);
  }

  // -- spreading out a cluster (centres at one hospital, or a cluster at the deepest zoom) ----------------
  function spiderfy(key, leaves) {
    unspiderfy();
    var cluster = state.rendered[key];
    if (!cluster) return;
    var centre = state.map.latLngToLayerPoint(cluster.getLatLng());
    var n = leaves.length;
    var spider = { key: key, layer: L.featureGroup(), markers: {} };
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
      var c = leaves[i].properties;
      var at = state.map.layerPointToLatLng(centre.add(offset));
      spider.layer.addLayer(L.polyline([cluster.getLatLng(), at], {
        interactive: false, weight: 1.5, color: "#374151", opacity: 0.7 }));
      var marker = pointMarker(c, at);
      marker.setZIndexOffset(1500);
      spider.markers[c.id] = marker;
      spider.layer.addLayer(marker);
    }
    cluster.getElement() && L.DomUtil.addClass(cluster.getElement(), "cf-cluster-open");
    spider.layer.addEventParent(state.layer);  // clicks and keys on spread markers reach the one listener
    spider.layer.addTo(state.map);
    state.spider = spider;
    showSelected();
  }

  function unspiderfy() {
    if (!state.spider) return;
    var cluster = state.rendered[state.spider.key];
    if (cluster && cluster.getElement()) L.DomUtil.removeClass(cluster.getElement(), "cf-cluster-open");
    state.spider.layer.removeEventParent(state.layer);
    state.map.removeLayer(state.spider.layer);
    state.spider = null;
  }

  // -- popups and the bridge ---------------------------------------------------------------------------------
  function openPopupFor(id) {
    var c = state.byId[id];
    var marker = shownMarker(id);
    if (!c) return;
    state.popup.setLatLng(marker ? marker.getLatLng() : [c.lat, c.lon]).setContent(popupContent(c))
      .openOn(state.map);
    state.popupFor = id;  // after openOn, which closes (and so forgets) the previous one
  }

  function popupIsOpenFor(id) {
    return !!(id && state.popupFor === id && state.map.hasLayer(state.popup));
  }

  function notify(method, arg) {
    if (state.bridge && state.bridge[method]) state.bridge[method](arg);
  }

  function activate(marker) {
    if (marker.cfData) {
      openPopupFor(marker.cfData.id);
      notify("markerClick", marker.cfData.id);
      return;
    }
    if (marker.cfCluster === undefined) return;
    var zoom = expansionZoom(marker.cfCluster);
    if (zoom > state.maxZoom) {
      var key = "c" + marker.cfCluster;
      if (state.spider && state.spider.key === key) unspiderfy();
      else spiderfy(key, state.index.getLeaves(marker.cfCluster, Infinity));
    } else {
      state.map.setView(marker.getLatLng(), zoom, { animate: false });
    }
  }

  // -- the API ---------------------------------------------------------------------------------------------
  function setMarkers(centres, fit) {
    if (state.popupFor) state.map.closePopup(state.popup);
    state.popupFor = null;
    clearRendered();
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
      showSelected();
      return false;
    }
    // close enough to see the town, never deep into upscaled tiles (the view change redraws the markers)
    var zoom = Math.min(Math.max(state.map.getZoom(), 7), 8);
    state.map.setView([c.lat, c.lon], zoom, { animate: false });
    render();
    if (!state.rendered["p" + id] && !(state.spider && state.spider.markers[id])) {
      // sites that share a hospital are spread out around it; a big cluster keeps the centre drawn on top
      var holder = clusterOf(id);
      if (holder && holder.leaves.length <= SPIDER_MAX) spiderfy(holder.key, holder.leaves);
    }
    showSelected();
    openPopupFor(id);
    return true;
  }

  // Make a centre's own marker visible as a user would: zoom into its clusters, spread the last one out.
  function reveal(id, then) {
    if (!state.byId[id]) return false;
    var c = state.byId[id];
    state.map.setView([c.lat, c.lon], Math.max(Math.round(state.map.getZoom()), 5), { animate: false });
    for (var step = 0; step < 2 * state.maxZoom && !shownMarker(id); step++) {
      render();
      if (state.rendered["p" + id]) break;
      var holder = clusterOf(id);
      if (!holder) break;
      var zoom = expansionZoom(holder.marker.cfCluster);
      if (zoom > state.maxZoom) spiderfy(holder.key, holder.leaves);
      else state.map.setView([c.lat, c.lon], zoom, { animate: false });
    }
    var marker = shownMarker(id);
    if (marker && then) then(marker);
    return !!marker;
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
    setAria(state.location, fill(t("here"), { place: loc.label }));
    var node = state.location.getElement();
    if (node) node.setAttribute("role", "img");
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
    Object.keys(state.rendered).forEach(function (key) { if (key[0] === "c") clusters++; else points++; });
    return JSON.stringify({
      ready: state.ready, markers: state.points.length, selected: state.selected,
      tilesLoaded: state.tilesLoaded, zoom: state.map.getZoom(), center: [c.lat, c.lng],
      popupOpen: popupIsOpenFor(state.selected),
      location: state.location ? [state.location.getLatLng().lat, state.location.getLatLng().lng] : null,
      radiusKm: state.radius ? state.radius.getRadius() / 1000 : null,
      onlineLayer: state.map.hasLayer(state.online),
      drawnClusters: clusters, drawnPoints: points, spread: state.spider ? Object.keys(state.spider.markers).length : 0,
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
    // markers carry their words in aria-labels: draw them again
    var spread = state.spider;
    clearRendered();
    render();
    if (spread && state.rendered[spread.key]) {
      spiderfy(spread.key, state.index.getLeaves(state.rendered[spread.key].cfCluster, Infinity));
    }
    if (state.locationData) setLocation(state.locationData);
    if (state.popupFor && state.map.hasLayer(state.popup)) openPopupFor(state.popupFor);
  }

  function init() {
    var names = window.CF_NAMES;
    state.map = window[names.map];
    state.offline = window[names.offline];
    state.online = window[names.online];
    state.maxZoom = state.map.getMaxZoom();
    state.layer = L.featureGroup().addTo(state.map);
    state.selectedLayer = L.featureGroup().addTo(state.map);
    state.selectedLayer.addEventParent(state.layer);
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
    state.map.on("popupopen", function (e) {
      var close = e.popup.getElement() && e.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) close.setAttribute("aria-label", t("closePopup"));
    });
    // one listener for every marker, clusters included; Enter or Space on a focused marker acts as a click
    state.layer.on("click", function (e) { if (e.layer) activate(e.layer); });
    state.layer.on("keypress", function (e) {
      var key = e.originalEvent && e.originalEvent.key;
      if (e.layer && (key === "Enter" || key === " ")) {
        L.DomEvent.preventDefault(e.originalEvent);
        activate(e.layer);
      }
    });
    state.layer.on("mouseover", function (e) {
      var marker = e.layer;
      if (!marker || !marker.cfData || marker.getTooltip()) return;
      marker.bindTooltip(el("span", null, marker.cfData.name), { direction: "top", offset: [0, -8] });
      marker.openTooltip();
    });
    state.map.on("zoomstart", unspiderfy);
    state.map.on("moveend", render);
    state.map.on("baselayerchange", function (e) {
      notify("layerChanged", e.layer === state.online ? "online" : "offline");
    });
    window.cf = {
      setMarkers: setMarkers, select: select, setLocation: setLocation, fitAll: fitAll, info: info,
      popupText: popupText, setLayerNames: setLayerNames, fitBounds: fitBounds, setLegend: setLegend,
      setTexts: setTexts, reveal: reveal,
      marker: function (id) { return state.byId[id] || null; },
      shown: function (id) { return shownMarker(id); },
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
