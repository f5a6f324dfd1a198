import { mount } from 'svelte';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './styles/fonts.css';
import './styles/theme.css';
import './styles/slides.css';
import App from './ui/App.svelte';

mount(App, { target: document.getElementById('app')! });
