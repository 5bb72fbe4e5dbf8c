// The timeline widget: items come from the page as JSON (never as HTML);
// each label is set as text, so nothing from an article can run as markup.
(function () {
  var box = document.getElementById("timeline");
  var data = document.getElementById("timeline-data");
  if (!box || !data || typeof vis === "undefined") return;
  var rows = JSON.parse(data.textContent);
  if (!rows.length) { box.classList.add("empty"); box.textContent = "No dated events to show."; return; }
  var byId = {};
  var items = rows.map(function (row) {
    byId[row.id] = row;
    var label = document.createElement("span");
    label.textContent = row.label;
    var item = {id: row.id, content: label, start: row.start, className: row.className};
    if (row.end) { item.end = row.end; item.type = "range"; } else { item.type = "point"; }
    return item;
  });
  var timeline = new vis.Timeline(box, new vis.DataSet(items), {
    stack: true, zoomKey: "ctrlKey", maxHeight: 420, margin: {item: 4}
  });
  // Point labels run to the right of their date: leave room after the last one.
  var shown = timeline.getWindow();
  var span = shown.end - shown.start;
  timeline.setWindow(shown.start, new Date(shown.end.valueOf() + span * 0.25), {animation: false});
  timeline.on("click", function (props) {
    if (props.item && byId[props.item]) window.location.href = byId[props.item].url;
  });
  box.dataset.items = String(items.length);
})();
