// app.js: placeholder dashboard script: shows the daemon's /healthz status.
"use strict";

async function showHealth() {
  const el = document.getElementById("health");
  try {
    const res = await fetch("/healthz", { cache: "no-store" });
    const body = await res.json();
    el.textContent = res.ok ? body.status : "error " + res.status;
    el.className = res.ok ? "ok" : "bad";
  } catch (err) {
    el.textContent = "unreachable";
    el.className = "bad";
  }
}

showHealth();
setInterval(showHealth, 5000);
