/**
 * For component tests: renders an Astro component with Astro's Container API
 * and parses the HTML, so a test asks what a reader's browser would see
 * (which links, which attributes, which text) instead of matching markup.
 */
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { type HTMLElement, parse } from 'node-html-parser';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;

/** The component's HTML, parsed; `options` adds a request (for `Astro.url`) and the like. */
export async function renderComponent(
  component: Component,
  props: Record<string, unknown>,
  options: Omit<ContainerRenderOptions, 'props'> = {},
): Promise<HTMLElement> {
  container ??= AstroContainer.create();
  return parse(await (await container).renderToString(component, { ...options, props }));
}

/** An element's text as a reader sees it: runs of white space as one space. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every link's `href`, in document order. */
export function hrefsOf(element: HTMLElement): string[] {
  return element.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '');
}
