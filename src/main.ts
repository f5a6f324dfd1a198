import { mount } from 'svelte';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './app/fonts';
import './styles/theme.css';
import './styles/slides.css';
import App from './ui/App.svelte';

mount(App, { target: document.getElementById('app')! });
