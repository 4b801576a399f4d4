/**
 * The renderer's entry point: mounts the app and marks the moment the reference pane is
 * interactive, which the benchmark and the end-to-end tests wait for.
 */
import { flushSync, mount } from 'svelte'
import App from './App.svelte'
import './app.css'

const target = document.getElementById('app')
if (!target) throw new Error('The page has no #app element.')
mount(App, { target })
flushSync()
performance.mark('reference-pane-interactive')
document.documentElement.dataset.ready = 'true'
