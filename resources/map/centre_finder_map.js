/* Centre Finder map API: the page is built once; Python calls these functions afterwards.
 *
 * Every piece of centre data is put into the page with textContent, never as HTML: a name holding
 * "<script>" is shown as those characters.
 */
(function () {
  "use strict";

  var state = {
    map: null, cluster: null, offline: null, online: null, markers: {}, selected: null,
    location: null, radius: null, tilesLoaded: false, ready: false, bridge: null, lastFit: null,
    popup: null, popupFor: null,
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function popupContent(c) {
    var box = el("div", "cf-popup");
    box.appendChild(el("div", "cf-popup-name", c.name));
    if (c.hospital) box.appendChild(el("div", "cf-popup-hospital", c.hospital));
    if (c.badges && c.badges.length) box.appendChild(el("div", "cf-popup-roles", c.badges.join(" · ")));
    box.appendChild(el("div", "cf-popup-phone", c.phoneLine));
    if (c.positionLine) box.appendChild(el("div", "cf-popup-position", c.positionLine));
    if (c.warning) box.appendChild(el("div", "cf-popup-warning", c.warning));
    return box;
  }

  // one icon object per look, shared by every marker that has it (thousands of markers, a dozen looks)
  var icons = {};
  function icon(c, selected) {
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

  // Thousands of markers: none carries its own popup or listeners. One popup is shown for the marker
  // clicked or selected, built then from its data; a tooltip is bound the first time a marker is hovered.
  function openPopupFor(marker) {
    state.popup.setLatLng(marker.getLatLng()).setContent(popupContent(marker.cfData)).openOn(state.map);
    state.popupFor = marker.cfData.id;  // after openOn, which closes (and so forgets) the previous one
  }

  function popupIsOpenFor(id) {
    return !!(id && state.popupFor === id && state.map.hasLayer(state.popup));
  }

  function notify(method, arg) {
    if (state.bridge && state.bridge[method]) state.bridge[method](arg);
  }

  function setMarkers(centres, fit) {
    if (state.popupFor) state.map.closePopup(state.popup);
    state.popupFor = null;
    state.cluster.clearLayers();
    state.markers = {};
    state.selected = null;
    var layers = [];
    for (var i = 0; i < centres.length; i++) {
      var c = centres[i];
      var marker = L.marker([c.lat, c.lon], { icon: icon(c, false), title: c.name, keyboard: true, alt: c.name });
      marker.cfData = c;
      state.markers[c.id] = marker;
      layers.push(marker);
    }
    state.cluster.addLayers(layers);
    if (fit) fitAll();
    return layers.length;
  }

  function fitAll() {
    var bounds = null;
    Object.keys(state.markers).forEach(function (id) {
      var ll = state.markers[id].getLatLng();
      bounds = bounds ? bounds.extend(ll) : L.latLngBounds(ll, ll);
    });
    if (state.radius) bounds = bounds ? bounds.extend(state.radius.getBounds()) : state.radius.getBounds();
    else if (state.location) {
      var here = state.location.getLatLng();
      bounds = bounds ? bounds.extend(here) : L.latLngBounds(here, here);
    }
    if (bounds) state.map.fitBounds(bounds, { padding: [28, 28], maxZoom: 9, animate: false });
    state.lastFit = bounds ? bounds.toBBoxString() : null;
  }

  function fitBounds(b) {
    var bounds = L.latLngBounds(b[0], b[1]);
    if (bounds.getNorth() - bounds.getSouth() < 0.02 && bounds.getEast() - bounds.getWest() < 0.02) {
      state.map.setView(bounds.getCenter(), 9, { animate: false });
    } else {
      state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9, animate: false });
    }
    state.lastFit = bounds.toBBoxString();
  }

  function select(id) {
    var marker = state.markers[id];
    if (state.selected && state.markers[state.selected]) {
      var previous = state.markers[state.selected];
      previous.setIcon(icon(previous.cfData, false));
      previous.setZIndexOffset(0);
    }
    state.selected = marker ? id : null;
    if (!marker) return false;
    marker.setIcon(icon(marker.cfData, true));
    marker.setZIndexOffset(1000);
    // close enough to see the town, never deep into upscaled tiles; sites that share a
    // hospital stay clustered and are spread out around it
    var zoom = Math.min(Math.max(state.map.getZoom(), 7), 8);
    state.map.setView(marker.getLatLng(), zoom, { animate: false });
    // the cluster layer runs without animations, so re-clustering and spiderfying are immediate
    // (timers are throttled when the window is hidden: never rely on them)
    var parent = state.cluster.getVisibleParent(marker);
    if (parent && parent !== marker && parent.spiderfy) parent.spiderfy();
    openPopupFor(marker);
    return true;
  }

  function setLocation(loc) {
    if (state.location) { state.map.removeLayer(state.location); state.location = null; }
    if (state.radius) { state.map.removeLayer(state.radius); state.radius = null; }
    if (!loc) return;
    state.location = L.marker([loc.lat, loc.lon], {
      icon: L.divIcon({ className: "cf-here", html: "", iconSize: [18, 18], iconAnchor: [9, 9] }),
      keyboard: false, zIndexOffset: -100, title: loc.label,
    }).addTo(state.map);
    state.location.bindTooltip(el("span", null, loc.label), { direction: "top", offset: [0, -6] });
    if (loc.radiusKm) {
      state.radius = L.circle([loc.lat, loc.lon], {
        radius: loc.radiusKm * 1000, color: "#1d4ed8", weight: 1.5, dashArray: "6 4", fillOpacity: 0.05,
        interactive: false,
      }).addTo(state.map);
    }
  }

  function info() {
    var c = state.map.getCenter();
    return JSON.stringify({
      ready: state.ready, markers: Object.keys(state.markers).length, selected: state.selected,
      tilesLoaded: state.tilesLoaded, zoom: state.map.getZoom(), center: [c.lat, c.lng],
      popupOpen: popupIsOpenFor(state.selected),
      location: state.location ? [state.location.getLatLng().lat, state.location.getLatLng().lng] : null,
      radiusKm: state.radius ? state.radius.getRadius() / 1000 : null,
      onlineLayer: state.map.hasLayer(state.online),
    });
  }

  function popupText(id) {
    var marker = state.markers[id];
    if (!marker) return null;
    var content = popupContent(marker.cfData);
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
      items.forEach(function (item) {
        var row = el("div", "cf-legend-row");
        row.appendChild(el("span", "cf-legend-dot cf-marker " + item.kind));
        row.appendChild(el("span", null, item.label));
        box.appendChild(row);
      });
      return box;
    };
    state.legend.addTo(state.map);
  }

  function init() {
    var names = window.CF_NAMES;
    state.map = window[names.map];
    state.cluster = window[names.cluster];
    state.offline = window[names.offline];
    state.online = window[names.online];
    state.offline.on("load", function () { state.tilesLoaded = true; notify("tilesReady", "offline"); });
    // the first tiles may already be there when this script runs
    if (state.offline.isLoading && !state.offline.isLoading() && state.offline._tiles &&
        Object.keys(state.offline._tiles).length) {
      state.tilesLoaded = true;
    }
    state.online.on("tileerror", function () { /* offline: the online layer fails quietly */ });
    state.popup = L.popup({ maxWidth: 320, offset: [0, -1] });
    state.popup.on("remove", function () { state.popupFor = null; });
    // one listener for every marker (a click on a cluster is not a marker click)
    state.cluster.on("click", function (e) {
      if (!e.layer || !e.layer.cfData) return;
      openPopupFor(e.layer);
      notify("markerClick", e.layer.cfData.id);
    });
    state.cluster.on("mouseover", function (e) {
      var marker = e.layer;
      if (!marker || !marker.cfData || marker.getTooltip()) return;
      marker.bindTooltip(el("span", null, marker.cfData.name), { direction: "top", offset: [0, -8] });
      marker.openTooltip();
    });
    state.map.on("baselayerchange", function (e) {
      notify("layerChanged", e.layer === state.online ? "online" : "offline");
    });
    window.cf = {
      setMarkers: setMarkers, select: select, setLocation: setLocation, fitAll: fitAll, info: info,
      popupText: popupText, setLayerNames: setLayerNames, fitBounds: fitBounds, setLegend: setLegend,
      marker: function (id) { return state.markers[id] || null; },
      reveal: function (id, then) {
        var marker = state.markers[id];
        if (marker) state.cluster.zoomToShowLayer(marker, function () { then(marker); });
      },
      invalidate: function () { state.map.invalidateSize({ animate: false }); },
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
