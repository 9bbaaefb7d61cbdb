import { describe, expect, it } from 'vitest';
import { childIdFrom, heightMessages, parsePymMessage, parseViewportPosition, parseWidth, pymMessage } from './protocol';

describe('pym messages', () => {
	it('are written as pym.js writes them', () => {
		expect(pymMessage('example', 'height', '420')).toBe('pymxPYMxexamplexPYMxheightxPYMx420');
	});

	it('parse only when they are for this child and well formed', () => {
		expect(parsePymMessage('pymxPYMxexamplexPYMxwidthxPYMx640', 'example')).toEqual({ type: 'width', message: '640' });
		expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'example')).toBeNull();
		expect(parsePymMessage('pymxPYMxexamplexPYMxwidth', 'example')).toBeNull();
		expect(parsePymMessage({ type: 'width' }, 'example')).toBeNull();
		expect(parsePymMessage('xpymxPYMxexamplexPYMxwidthxPYMx640', 'example')).toBeNull();
	});

	it('treat the child id literally, not as a pattern', () => {
		expect(parsePymMessage('pymxPYMxaXbxPYMxwidthxPYMx1', 'a.b')).toBeNull();
		expect(parsePymMessage('pymxPYMxa.bxPYMxwidthxPYMx1', 'a.b')).toEqual({ type: 'width', message: '1' });
	});

	it('keep a message that contains the delimiter whole', () => {
		expect(parsePymMessage('pymxPYMxexamplexPYMxnavigateToxPYMxa xPYMx b', 'example')).toEqual({
			type: 'navigateTo',
			message: 'a xPYMx b'
		});
	});
});

describe('the child id', () => {
	it('comes from the childId parameter pym.js adds', () => {
		expect(childIdFrom('?initialWidth=640&childId=pk-embed-iraq')).toBe('pk-embed-iraq');
		expect(childIdFrom('?initialWidth=640')).toBeNull();
		expect(childIdFrom('?childId=%3Cscript%3E')).toBeNull();
	});
});

describe('widths and positions', () => {
	it('accept whole pixel widths only', () => {
		expect(parseWidth('375')).toBe(375);
		expect(parseWidth('37.5')).toBeNull();
		expect(parseWidth('javascript:alert(1)')).toBeNull();
	});

	it('parse pym’s viewport-iframe-position payload', () => {
		expect(parseViewportPosition('1280 800 -120.5 0 2380 1265')).toEqual({
			viewportWidth: 1280,
			viewportHeight: 800,
			top: -120.5,
			left: 0,
			bottom: 2380,
			right: 1265
		});
		expect(parseViewportPosition('1280 800 0 0')).toBeNull();
		expect(parseViewportPosition('1280 800 a 0 1 1')).toBeNull();
		expect(parseViewportPosition('0 800 0 0 1 1')).toBeNull();
	});
});

describe('height messages', () => {
	it('come in all three formats, rounded up', () => {
		const [pym, amp, resize] = heightMessages(420.2, 'https://example.org/embed/east', 'c1');
		expect(pym).toBe('pymxPYMxc1xPYMxheightxPYMx421');
		expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 421 });
		expect(JSON.parse(resize as string)).toEqual({ context: 'iframe.resize', src: 'https://example.org/embed/east', height: 421 });
	});

	it('leave out pym without a child id', () => {
		expect(heightMessages(10, 'x', null)).toHaveLength(2);
	});
});
